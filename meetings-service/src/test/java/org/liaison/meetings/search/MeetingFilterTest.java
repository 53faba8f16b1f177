package org.liaison.meetings.search;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.meetings.MeetingFixture;
import org.liaison.meetings.MeetingsTestResource;
import org.liaison.support.directory.OrganizationDirectory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.liaison.meetings.MeetingFixture.admin;
import static org.liaison.meetings.MeetingFixture.schedule;
import static org.liaison.meetings.search.SearchFixture.apply;
import static org.liaison.meetings.search.SearchFixture.ids;
import static org.liaison.meetings.search.SearchFixture.state;

/**
 * Each filter of GET /meetings alone and combined (AND). Every search is scoped to an organiser of the test's own
 * (itself the organisation filter), so meetings of other tests do not count.
 */
@QuarkusTest
@WithTestResource(MeetingsTestResource.class)
class MeetingFilterTest {

    @Inject
    OrganizationDirectory directory;

    @Inject
    EntityManager entityManager;

    MeetingFixture fixture;
    UUID organizer;
    UUID baytna;
    UUID person;
    String qamishli;
    String paris;
    String undated;

    @BeforeEach
    void threeMeetings() {
        fixture = new MeetingFixture(directory, entityManager);
        organizer = fixture.organization("مكتب علاقات " + UUID.randomUUID(), null);
        baytna = fixture.organization("بيتنا", "Baytna");
        person = UUID.randomUUID();
        qamishli = schedule("""
                {"kind": "internal_meeting", "titleAr": "اجتماع", "date": "2024-06", "organizerId": "%s",
                 "place": {"cityAr": "قامشلو", "cityEn": "Qamishli", "country": "SY"},
                 "participants": [{"organizationId": "%s", "personId": "%s", "personName": "حسن محمد علي", \
                "role": "chair"}],
                 "topics": ["الحوار السوري-السوري"], "instruments": ["القرار ٢٢٥٤"]}"""
                .formatted(organizer, baytna, person));
        paris = schedule("""
                {"kind": "conference", "titleAr": "مؤتمر", "date": "2024-06-11", "organizerId": "%s",
                 "place": {"cityAr": "باريس", "cityEn": "Paris", "country": "FR", "venueAr": "معهد العالم العربي"},
                 "topics": ["العدالة الانتقالية"], "instruments": ["بيان جنيف"]}""".formatted(organizer));
        undated = schedule("""
                {"kind": "conference", "titleAr": "مؤتمر بلا تاريخ", "organizerId": "%s"}""".formatted(organizer));
        admin().body("{\"status\": \"held\"}").post("/meetings/" + paris + "/status").then().statusCode(200);
    }

    @Test
    void eachFilterAlone() {
        assertEquals(List.of(qamishli, paris, undated), find(Map.of()));
        assertEquals(List.of(qamishli), find(Map.of("person", person)));
        assertEquals(List.of(qamishli), find(Map.of("city", "قامشلو")));
        assertEquals(List.of(qamishli), find(Map.of("city", "qamishli")));
        assertEquals(List.of(paris), find(Map.of("city", "PARIS")));
        assertEquals(List.of(paris), find(Map.of("country", "fr")));
        assertEquals(List.of(paris, undated), find(Map.of("kind", "conference")));
        assertEquals(List.of(paris), find(Map.of("status", "held")));
        assertEquals(List.of(qamishli), find(Map.of("instrument", "unsc-2254")));
        assertEquals(List.of(qamishli), find(Map.of("instrument", "S/RES/2254 (2015)")));
        assertEquals(List.of(paris), find(Map.of("instrument", "geneva-communique")));
        assertEquals(List.of(qamishli), find(Map.of("topic", "الحوار السوري السوري")));
        assertEquals(List.of(paris), find(Map.of("topic", "العداله الانتقاليه")));
    }

    @Test
    void theOrganisationFilterCoversParticipantsAndThoseSpokenFor() {
        assertEquals(List.of(qamishli), ids(Map.of("organization", baytna, "city", "قامشلو")));
        assertEquals(List.of(qamishli), ids(Map.of("organization", baytna, "person", person)));
    }

    @Test
    void filtersCombine() {
        assertEquals(List.of(paris), find(Map.of("kind", "conference", "status", "held")));
        assertEquals(List.of(), find(Map.of("kind", "conference", "city", "قامشلو")));
        assertEquals(List.of(qamishli), find(Map.of("from", "2024-06-01", "to", "2024-06-30", "country", "SY")));
        assertEquals(List.of(paris), find(Map.of("q", "مؤتمر", "from", "2024")));
    }

    /**
     * A partial date stands for the days it may mean, and a meeting matches when those days overlap the range's:
     * «2024-06» may have been on any day of June, so a range reaching into June at either edge finds it.
     */
    @Test
    void datesMatchWhenTheirPossibleDaysOverlapTheRange() {
        assertEquals(List.of(qamishli, paris), find(Map.of("from", "2024-06-10", "to", "2024-06-30")));
        assertEquals(List.of(qamishli), find(Map.of("from", "2024-06-30")));
        assertEquals(List.of(qamishli), find(Map.of("to", "2024-06-01")));
        assertEquals(List.of(qamishli, paris), find(Map.of("to", "2024-06-11")));
        assertEquals(List.of(qamishli), find(Map.of("from", "2024-06-12", "to", "2024-07")));
        assertEquals(List.of(), find(Map.of("to", "2024-05-31")));
        assertEquals(List.of(), find(Map.of("from", "2024-07")));
        assertEquals(List.of(qamishli, paris), find(Map.of("from", "2024", "to", "2024")));
    }

    @Test
    void anOrganisationWithItsUnitsAtAnyDepth() {
        UUID council = UUID.randomUUID();
        UUID office = UUID.randomUUID();
        UUID desk = UUID.randomUUID();
        apply(directory, state(council, 0, "المجلس " + council, null, null));
        apply(directory, state(office, 0, "مكتب " + office, null, council));
        apply(directory, state(desk, 0, "قسم " + desk, null, office));
        String byCouncil = schedule(body(council, null));
        String byDesk = schedule(body(desk, null));
        String withOffice = schedule(body(organizer, office));

        assertEquals(List.of(byCouncil), ids(Map.of("organization", council)));
        assertEquals(List.of(byCouncil, byDesk, withOffice),
                ids(Map.of("organization", council, "includeUnits", "true")));
        assertEquals(List.of(byDesk, withOffice), ids(Map.of("organization", office, "includeUnits", "true")));
        assertEquals(List.of(byCouncil), ids(Map.of("organization", council, "includeUnits", "false")));
    }

    private static String body(UUID organizer, UUID participant) {
        return """
                {"kind": "internal_meeting", "titleAr": "اجتماع", "organizerId": "%s", "participants": %s}"""
                .formatted(organizer, participant == null ? "[]"
                        : "[{\"organizationId\": \"" + participant + "\", \"role\": \"participant\"}]");
    }

    private List<String> find(Map<String, ?> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("organization", organizer);
        return ids(all);
    }
}
