package org.liaison.meetings.search;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.infra.testing.TestTokens;
import org.liaison.meetings.MeetingFixture;
import org.liaison.meetings.MeetingsTestResource;
import org.liaison.support.directory.OrganizationDirectory;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.liaison.meetings.MeetingFixture.schedule;
import static org.liaison.meetings.search.SearchFixture.get;
import static org.liaison.meetings.search.SearchFixture.ids;

/**
 * A restricted meeting shows others only its kind, status, date and organiser: others find it by those, never by
 * the words of its hidden details or by filters on them; its parties and admins find it by everything.
 */
@QuarkusTest
@WithTestResource(MeetingsTestResource.class)
class RestrictedSearchTest {

    @Inject
    OrganizationDirectory directory;

    @Inject
    EntityManager entityManager;

    UUID organizer;
    UUID participant;
    UUID outsider;
    UUID person;
    String restricted;
    String word;

    @BeforeEach
    void aRestrictedMeeting() {
        MeetingFixture fixture = new MeetingFixture(directory, entityManager);
        organizer = fixture.organization("مكتب العلاقات الخارجية", "Foreign Relations Office");
        participant = fixture.organization("وحدة تنسيق الدعم", "Assistance Coordination Unit");
        outsider = fixture.organization("اليوم التالي", "The Day After");
        person = UUID.randomUUID();
        word = "سري" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9-]", "ب");
        restricted = schedule("""
                {"kind": "bilateral", "titleAr": "لقاء %s", "date": "2024-06-10", "organizerId": "%s", \
                "restricted": true,
                 "participants": [{"organizationId": "%s", "personId": "%s", "personName": "محمد حسنو", \
                "role": "speaker"}],
                 "place": {"cityAr": "غازي عنتاب", "country": "TR"}, "topics": ["التمويل"], "instruments": ["CEDAW"],
                 "summary": "%s"}""".formatted(word, organizer, participant, person, word));
    }

    @Test
    void othersDoNotFindItByItsHiddenDetails() {
        String other = TestTokens.reader(outsider);
        assertEquals(List.of(), ids(other, Map.of("q", word)));
        assertEquals(List.of(), ids(other, Map.of("q", "حسنو", "organization", organizer)));
        assertEquals(List.of(), ids(other, Map.of("q", "وحدة تنسيق الدعم", "organization", organizer)));
        assertEquals(List.of(), ids(other, Map.of("organization", participant)));
        assertEquals(List.of(), ids(other, Map.of("person", person)));
        assertEquals(List.of(), ids(other, Map.of("organization", organizer, "city", "غازي عنتاب")));
        assertEquals(List.of(), ids(other, Map.of("organization", organizer, "country", "TR")));
        assertEquals(List.of(), ids(other, Map.of("organization", organizer, "topic", "التمويل")));
        assertEquals(List.of(), ids(other, Map.of("organization", organizer, "instrument", "cedaw")));
        get(other, "/instruments/cedaw/meetings", Map.of("limit", 200)).then().statusCode(200)
                .body("items.findAll { it.id == '" + restricted + "' }.size()", equalTo(0));
    }

    @Test
    void othersFindItByWhatItShowsAndSeeItRedacted() {
        String other = TestTokens.reader(outsider);
        assertEquals(List.of(restricted), ids(other, Map.of("organization", organizer, "kind", "bilateral",
                "from", "2024-06-10", "to", "2024-06-10")));
        assertEquals(List.of(restricted), ids(other, Map.of("q", "Foreign Relations", "organization", organizer)));
        get(other, "/meetings", Map.of("organization", organizer)).then().statusCode(200)
                .body("items[0].redacted", equalTo(true)).body("items[0].titleAr", nullValue());
    }

    /** The search row carries a copy of the restriction: it follows every change of the meeting's. */
    @Test
    void othersFindItByItsDetailsOnlyWhileItIsNotRestricted() {
        String other = TestTokens.reader(outsider);
        MeetingFixture.patch(restricted, "{\"restricted\": false}").then().statusCode(200);
        assertEquals(List.of(restricted), ids(other, Map.of("q", word)));
        assertEquals(List.of(restricted), ids(other, Map.of("q", "حسنو", "organization", organizer)));

        MeetingFixture.patch(restricted, "{\"restricted\": true}").then().statusCode(200);
        assertEquals(List.of(), ids(other, Map.of("q", word)));
        assertEquals(List.of(), ids(other, Map.of("q", "حسنو", "organization", organizer)));
    }

    @Test
    void partiesAndAdminsFindItByEverything() {
        for (String token : List.of(TestTokens.reader(participant), TestTokens.reader(organizer), TestTokens.admin())) {
            assertEquals(List.of(restricted), ids(token, Map.of("q", word)));
            assertEquals(List.of(restricted), ids(token, Map.of("q", "حسنو", "organization", organizer)));
            assertEquals(List.of(restricted), ids(token, Map.of("organization", participant)));
            assertEquals(List.of(restricted), ids(token, Map.of("person", person)));
            assertEquals(List.of(restricted), ids(token, Map.of("organization", organizer, "topic", "التمويل")));
        }
    }
}
