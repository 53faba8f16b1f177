package org.liaison.meetings.status;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.infra.testing.TestTokens;
import org.liaison.meetings.MeetingFixture;
import org.liaison.meetings.MeetingsTestResource;
import org.liaison.support.directory.OrganizationDirectory;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.liaison.meetings.MeetingFixture.admin;
import static org.liaison.meetings.MeetingFixture.schedule;

/** POST /meetings/{id}/status moves a meeting along its life cycle, publishes what happened, and refuses the rest. */
@QuarkusTest
@WithTestResource(MeetingsTestResource.class)
class MeetingStatusApiTest {

    @Inject
    OrganizationDirectory directory;

    @Inject
    EntityManager entityManager;

    MeetingFixture fixture;
    UUID madaniya;

    @BeforeEach
    void organizer() {
        fixture = new MeetingFixture(directory, entityManager);
        madaniya = fixture.organization("مبادرة مدنية", "Madaniya");
    }

    @Test
    void aPlannedConferenceIsPostponedPlannedAgainAndHeld() {
        String id = planned();
        change(id, "postponed").then().statusCode(200).body("status", equalTo("postponed")).header("ETag", "\"1\"");
        change(id, "planned").then().statusCode(200).body("status", equalTo("planned"));
        change(id, "held").then().statusCode(200).body("status", equalTo("held"));
        admin().get("/meetings/" + id).then().body("status", equalTo("held")).body("version", equalTo(3));
        assertEquals(List.of("meeting.scheduled 0", "meeting.postponed 1", "meeting.updated 2", "meeting.held 3"),
                fixture.events(id));
        assertEquals("held", fixture.lastEventField(id, "{status}"));
        assertEquals(madaniya.toString(), fixture.lastEventField(id, "{organizerId}"),
                "the event carries the full state");
    }

    @Test
    void aCancelledMeetingStaysCancelled() {
        String id = planned();
        change(id, "cancelled").then().statusCode(200);
        assertEquals("meeting.cancelled 1", fixture.events(id).get(1));
        for (String to : List.of("planned", "held", "postponed", "cancelled")) {
            change(id, to).then().statusCode(409).contentType("application/problem+json")
                    .body("currentStatus", equalTo("cancelled")).body("errors.field", hasItem("status"));
        }
        assertEquals(2, fixture.events(id).size(), "a refused transition publishes nothing");
    }

    @Test
    void refusesTransitionsThatMakeNoSense() {
        String held = schedule(body("held"));
        change(held, "cancelled").then().statusCode(409);
        change(held, "planned").then().statusCode(409);
        String planned = planned();
        change(planned, "planned").then().statusCode(409);
        String postponed = planned();
        change(postponed, "postponed").then().statusCode(200);
        change(postponed, "held").then().statusCode(409).body("currentStatus", equalTo("postponed"));
    }

    @Test
    void refusesBadRequestsAndCallersWhoMayNot() {
        String id = planned();
        admin().body("{\"status\": \"done\"}").post("/meetings/" + id + "/status").then().statusCode(400)
                .body("errors.field", hasItem("status"));
        admin().body("{}").post("/meetings/" + id + "/status").then().statusCode(400)
                .body("errors.field", hasItem("status"));
        admin().body("{\"status\": \"held\"}").post("/meetings/" + UUID.randomUUID() + "/status").then()
                .statusCode(404);
        admin().header("If-Match", "\"7\"").body("{\"status\": \"held\"}").post("/meetings/" + id + "/status")
                .then().statusCode(412);
        given().auth().oauth2(TestTokens.editor(UUID.randomUUID())).contentType("application/json")
                .body("{\"status\": \"held\"}").post("/meetings/" + id + "/status").then().statusCode(403);
        given().auth().oauth2(TestTokens.editor(madaniya)).contentType("application/json")
                .body("{\"status\": \"held\"}").post("/meetings/" + id + "/status").then().statusCode(200);
    }

    @Test
    void putCannotChangeTheStatusButPatchAndPutKeepIt() {
        String id = planned();
        admin().header("If-Match", "\"0\"").body(body("held")).put("/meetings/" + id).then().statusCode(409)
                .body("currentStatus", equalTo("planned"));
        admin().header("If-Match", "\"0\"").body(body(null)).put("/meetings/" + id).then().statusCode(200)
                .body("status", equalTo("planned"));
    }

    private String planned() {
        return schedule(body(null));
    }

    private String body(String status) {
        return """
                {"kind": "conference", %s "titleAr": "مؤتمر مبادرة مدنية", "organizerId": "%s", "restricted": false}"""
                .formatted(status == null ? "" : "\"status\": \"" + status + "\",", madaniya);
    }

    private static Response change(String id, String status) {
        return admin().body("{\"status\": \"" + status + "\"}").post("/meetings/" + id + "/status");
    }
}
