package org.liaison.meetings.followup;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.meetings.MeetingFixture;
import org.liaison.meetings.MeetingsTestResource;
import org.liaison.support.directory.OrganizationDirectory;

import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.liaison.meetings.MeetingFixture.admin;
import static org.liaison.meetings.MeetingFixture.patch;
import static org.liaison.meetings.MeetingFixture.post;
import static org.liaison.meetings.MeetingFixture.schedule;

/** A follow-up names a recorded meeting, and the chain of follow-ups never loops. */
@QuarkusTest
@WithTestResource(MeetingsTestResource.class)
class FollowUpTest {

    @Inject
    OrganizationDirectory directory;

    @Inject
    EntityManager entityManager;

    UUID snc;

    @BeforeEach
    void organizer() {
        snc = new MeetingFixture(directory, entityManager).organization("هيئة التفاوض السورية", null);
    }

    @Test
    void aFollowUpOfARecordedMeetingIsKeptAndCountsItsNextDayFromIt() {
        String first = schedule(body(null, "\"date\": \"2024-06-10\""));
        String next = schedule(body(first, "\"dateAsWritten\": \"في اليوم التالي\""));
        admin().get("/meetings/" + next).then().body("followUpOf", equalTo(first)).body("date", equalTo("2024-06-11"));
    }

    @Test
    void refusesAFollowUpOfAnUnknownMeeting() {
        post(body(UUID.randomUUID().toString(), "\"date\": \"2024\"")).then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("followUpOf"));
    }

    @Test
    void refusesLoops() {
        String a = schedule(body(null, "\"date\": \"2024\""));
        String b = schedule(body(a, "\"date\": \"2024\""));
        String c = schedule(body(b, "\"date\": \"2024\""));
        patch(a, "{\"followUpOf\": \"" + c + "\"}").then().statusCode(422).body("errors.field", hasItem("followUpOf"));
        patch(a, "{\"followUpOf\": \"" + a + "\"}").then().statusCode(422).body("errors.field", hasItem("followUpOf"));
        String own = UUID.randomUUID().toString();
        post(body(own, "\"id\": \"" + own + "\"")).then().statusCode(422).body("errors.field", hasItem("followUpOf"));
        admin().get("/meetings/" + a).then().body("followUpOf", equalTo(null)).body("version", equalTo(0));
    }

    private String body(String followUpOf, String more) {
        return """
                {"kind": "expanded_meeting", "titleAr": "اجتماع موسع", "organizerId": "%s", %s %s}"""
                .formatted(snc, followUpOf == null ? "" : "\"followUpOf\": \"" + followUpOf + "\",", more);
    }
}
