package org.liaison.meetings.timeline;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.liaison.infra.testing.TestTokens;
import org.liaison.meetings.MeetingFixture;
import org.liaison.meetings.MeetingsTestResource;
import org.liaison.support.directory.OrganizationDirectory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.liaison.meetings.MeetingFixture.schedule;
import static org.liaison.meetings.search.SearchFixture.apply;
import static org.liaison.meetings.search.SearchFixture.get;
import static org.liaison.meetings.search.SearchFixture.state;

/**
 * GET /organizations/{id}/meetings: by date with undated meetings last, the organisation's role in each, followed
 * through merges; GET /instruments/{id}/meetings: the meetings citing an instrument.
 */
@QuarkusTest
@WithTestResource(MeetingsTestResource.class)
class OrganizationTimelineTest {

    @Inject
    OrganizationDirectory directory;

    @Inject
    EntityManager entityManager;

    @Test
    void byDateUndatedLastWithTheRoleInEach() {
        MeetingFixture fixture = new MeetingFixture(directory, entityManager);
        UUID sdc = fixture.organization("مجلس سوريا الديمقراطية", "Syrian Democratic Council");
        UUID other = fixture.organization("الإدارة الذاتية", null);
        String undated = schedule(meeting(sdc, null, List.of()));
        String june = schedule(meeting(other, "2024-06-10",
                List.of(participant(sdc, "speaker"), participant(sdc, "chair"))));
        String year = schedule(meeting(sdc, "2023", List.of(participant(sdc, "co_host"))));
        String may = schedule(meeting(other, "2024-05", List.of(participant(other, "participant"))
                .stream().map(p -> p.replace("}", ", \"onBehalfOfId\": \"" + sdc + "\"}")).toList()));
        schedule(meeting(other, "2024-01-01", List.of())); // not the SDC's

        JsonPath first = get(TestTokens.admin(), "/organizations/" + sdc + "/meetings", Map.of("limit", 3)).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(4, first.getInt("total"));
        JsonPath second = get(TestTokens.admin(), "/organizations/" + sdc + "/meetings",
                Map.of("limit", 3, "cursor", first.getString("nextCursor"))).then().statusCode(200).extract()
                .jsonPath();
        List<String> order = new ArrayList<>(first.getList("items.meeting.id"));
        order.addAll(second.getList("items.meeting.id"));
        assertEquals(List.of(year, may, june, undated), order);
        assertEquals(List.of(List.of("organizer", "co_host"), List.of("participant"), List.of("speaker", "chair")),
                first.getList("items.roles"));
        assertEquals(List.of(List.of("organizer")), second.getList("items.roles"));
    }

    @Test
    void aMergedOrganisationsTimelineIsItsWinners() {
        UUID winner = UUID.randomUUID();
        UUID loser = UUID.randomUUID();
        apply(directory, state(winner, 0, "هيئة التفاوض السورية", null, null));
        apply(directory, state(loser, 0, "هيئة التفاوض لقوى الثورة والمعارضة السورية", null, null));
        String byLoser = schedule(meeting(loser, "2024-06-10", List.of()));
        apply(directory, state(loser, 1, "هيئة التفاوض لقوى الثورة والمعارضة السورية", null, null)
                .withMergedInto(winner, 1));

        for (UUID id : List.of(winner, loser)) {
            get(TestTokens.reader(UUID.randomUUID()), "/organizations/" + id + "/meetings", Map.of()).then()
                    .statusCode(200).body("items.meeting.id", equalTo(List.of(byLoser)))
                    .body("items[0].roles", equalTo(List.of("organizer")));
        }
    }

    @Test
    void aWinnersTimelineAndFilterHoldTheLosersMeetingsBeforeTheyMove() {
        UUID winner = UUID.randomUUID();
        UUID loser = UUID.randomUUID();
        apply(directory, state(winner, 0, "الائتلاف الوطني السوري", null, null));
        apply(directory, state(loser, 0, "الائتلاف", null, null));
        String byLoser = schedule(meeting(loser, "2024-06-11", List.of()));
        // The directory says the loser is merged, as the merge's consumer leaves it; its meetings have not moved (no
        // listener ran here, so they never will in this test).
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update directory_organization set merged_into = ?1 where id = ?2")
                .setParameter(1, winner).setParameter(2, loser).executeUpdate());
        try {
            get(TestTokens.reader(UUID.randomUUID()), "/organizations/" + winner + "/meetings", Map.of()).then()
                    .statusCode(200).body("items.meeting.id", equalTo(List.of(byLoser)))
                    .body("items[0].roles", equalTo(List.of("organizer")));
            get(TestTokens.reader(UUID.randomUUID()), "/meetings", Map.of("organization", winner.toString())).then()
                    .statusCode(200).body("items.id", equalTo(List.of(byLoser)));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                            "update directory_organization set merged_into = null where id = ?1")
                    .setParameter(1, loser).executeUpdate());
        }
    }

    @Test
    void unknownOrganisationsAndInstrumentsAre404() {
        get(TestTokens.admin(), "/organizations/" + UUID.randomUUID() + "/meetings", Map.of()).then().statusCode(404)
                .contentType("application/problem+json");
        get(TestTokens.admin(), "/instruments/unsc-nonsense/meetings", Map.of()).then().statusCode(404)
                .contentType("application/problem+json");
        get(TestTokens.admin(), "/organizations/not-a-uuid/meetings", Map.of()).then().statusCode(400)
                .body("errors[0].field", equalTo("id"));
    }

    @Test
    void theMeetingsCitingAnInstrument() {
        UUID organizer = new MeetingFixture(directory, entityManager).organization("منظمة " + UUID.randomUUID(), null);
        String cites = schedule("""
                {"kind": "conference", "titleAr": "مؤتمر", "date": "2024-06-11", "organizerId": "%s",
                 "instruments": ["قرار مجلس الأمن ٢٤٠١"]}""".formatted(organizer));
        String alsoCites = schedule("""
                {"kind": "conference", "titleAr": "مؤتمر", "date": "2024-06-10", "organizerId": "%s",
                 "instruments": ["S/RES/2401 (2018)", "بيان جنيف"]}""".formatted(organizer));
        schedule("""
                {"kind": "conference", "titleAr": "مؤتمر", "organizerId": "%s", "instruments": ["بيان جنيف"]}"""
                .formatted(organizer));
        get(TestTokens.reader(UUID.randomUUID()), "/instruments/unsc-2401/meetings", Map.of()).then().statusCode(200)
                .body("items.id", equalTo(List.of(alsoCites, cites))).body("total", equalTo(2));
    }

    private static String participant(UUID organization, String role) {
        return "{\"organizationId\": \"" + organization + "\", \"role\": \"" + role + "\"}";
    }

    private static String meeting(UUID organizer, String date, List<String> participants) {
        return """
                {"kind": "internal_meeting", "titleAr": "اجتماع", "organizerId": "%s", "date": %s, \
                "participants": %s}"""
                .formatted(organizer, date == null ? "null" : "\"" + date + "\"", participants);
    }
}
