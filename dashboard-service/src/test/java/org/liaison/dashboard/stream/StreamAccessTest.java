package org.liaison.dashboard.stream;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.EventJson;
import org.liaison.dashboard.DashboardTestResource;
import org.liaison.dashboard.Events;
import org.liaison.dashboard.SseClient;
import org.liaison.infra.testing.TestTokens;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may watch, with which ticket, and what a restricted meeting shows to whom. */
@QuarkusTest
@WithTestResource(DashboardTestResource.class)
class StreamAccessTest {

    @TestHTTPResource("/stream")
    URI stream;

    @Test
    void aStreamNeedsATokenOrATicket() throws Exception {
        HttpResponse<InputStream> none = SseClient.request(stream, null, null);
        assertEquals(401, none.statusCode());
        assertTrue(none.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(401, SseClient.request(stream, "not-a-jwt", null).statusCode());
        given().post("/stream/tickets").then().statusCode(401);
    }

    @Test
    void aTicketOpensOneStreamOnceAndExpires() throws Exception {
        // Parsed with Jackson, not GPath: a JVM's first GPath evaluation can take longer than the 2 s test ticket-ttl.
        var issued = EventJson.mapper().readTree(given().auth().oauth2(TestTokens.reader(UUID.randomUUID()))
                .post("/stream/tickets").then().statusCode(201).extract().asString());
        assertTrue(issued.path("expiresAt").isTextual(), issued.toString());
        String ticket = issued.path("ticket").asText();
        URI withTicket = URI.create(stream + "?ticket=" + ticket);
        try (SseClient first = SseClient.open(withTicket, null, null)) {
            assertEquals(401, SseClient.request(withTicket, null, null).statusCode(), "used twice");
        }
        String late = EventJson.mapper().readTree(given().auth().oauth2(TestTokens.admin()).post("/stream/tickets")
                .then().statusCode(201).extract().asString()).path("ticket").asText();
        Thread.sleep(2200); // test ticket-ttl is 2 s
        assertEquals(401, SseClient.request(URI.create(stream + "?ticket=" + late), null, null).statusCode(),
                "expired");
        assertEquals(401, SseClient.request(URI.create(stream + "?ticket=made-up"), null, null).statusCode());
    }

    @Test
    void badParametersAre400() throws Exception {
        assertEquals(400, SseClient.request(URI.create(stream + "?org=nope"), TestTokens.admin(), null).statusCode());
        assertEquals(400, SseClient.request(stream, TestTokens.admin(), "garbage!").statusCode());
        assertEquals(400,
                SseClient.request(URI.create(stream + "?from=yesterday"), TestTokens.admin(), null).statusCode());
    }

    @Test
    void aRestrictedMeetingShowsOnlyDateKindAndOrganiserToOfficesNotTakingPart() throws Exception {
        UUID party = UUID.randomUUID();
        UUID outsider = UUID.randomUUID();
        UUID meeting = UUID.randomUUID();
        URI filtered = URI.create(stream + "?subject=meeting/" + meeting);
        try (Events events = new Events();
             SseClient partyView = SseClient.open(filtered, TestTokens.reader(party), null);
             SseClient outsiderView = SseClient.open(filtered, TestTokens.reader(outsider), null);
             SseClient adminView = SseClient.open(filtered, TestTokens.admin(), null)) {
            events.meeting(meeting, "لقاء مغلق", party, true, List.of(party), party);
            var forParty = partyView.take(1, Duration.ofSeconds(10)).get(0).data();
            var forOutsider = outsiderView.take(1, Duration.ofSeconds(10)).get(0).data();
            var forAdmin = adminView.take(1, Duration.ofSeconds(10)).get(0).data();

            assertEquals("لقاء مغلق", forParty.path("data").path("titleAr").asText());
            assertFalse(forParty.path("redacted").asBoolean());
            assertEquals("لقاء مغلق", forAdmin.path("data").path("titleAr").asText());

            assertTrue(forOutsider.path("redacted").asBoolean());
            var data = forOutsider.path("data");
            assertFalse(data.has("titleAr"), "no title: " + data);
            assertFalse(data.has("parties"), "no parties: " + data);
            assertEquals("2026-01-15", data.path("date").asText());
            assertEquals("bilateral_meeting", data.path("kind").asText());
            assertEquals(party.toString(), data.path("organizerId").asText());
            assertTrue(forOutsider.path("actorOffice").isNull(), "the acting office is not shown either");
        }
    }

    @Test
    void lagAndFeedNeedAToken() {
        given().get("/lag").then().statusCode(401);
        given().get("/feed").then().statusCode(401);
        given().auth().oauth2(TestTokens.admin()).get("/lag").then().statusCode(200)
                .body("group", equalTo(List.of("meetings-service", "recommendations-service")));
    }
}
