package org.liaison.dashboard.stream;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.EventJson;
import org.liaison.dashboard.DashboardTestResource;
import org.liaison.dashboard.SseClient;
import org.liaison.infra.LocalTokens;
import org.liaison.infra.testing.TestTokens;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** L6: a stream ends when the token it was opened with expires; the client comes back with a fresh ticket. */
@QuarkusTest
@WithTestResource(DashboardTestResource.class)
class StreamExpiryTest {

    @TestHTTPResource("/stream")
    URI stream;

    private static String shortLived(UUID office, Duration ttl) {
        return new LocalTokens(TestTokens.keys()).issue(office, "reader", "reader@" + office, ttl);
    }

    @Test
    void l6_aStreamEndsWhenItsTokenExpires() throws Exception {
        String token = shortLived(UUID.randomUUID(), Duration.ofSeconds(4));
        long opened = System.nanoTime();
        try (SseClient client = SseClient.open(URI.create(stream + "?type=nothing.ever"), token, null)) {
            Thread.sleep(1500);
            assertFalse(client.ended(), "still open while the token is good");
            awaitEnd(client, Duration.ofSeconds(12));
            long seconds = Duration.ofNanos(System.nanoTime() - opened).toSeconds();
            assertTrue(seconds >= 2, "ended at the token's expiry, not at once: " + seconds + " s");
            assertTrue(client.comments() >= 2, "heartbeats were sent until then: " + client.comments());
        }
    }

    @Test
    void l6_aStreamOpenedWithATicketEndsWhenTheTokenBehindTheTicketExpires() throws Exception {
        UUID office = UUID.randomUUID();
        String token = shortLived(office, Duration.ofSeconds(4));
        String ticket = ticket(token);
        try (SseClient client = SseClient.open(URI.create(stream + "?type=nothing.ever&ticket=" + ticket), null,
                null)) {
            Thread.sleep(1500);
            assertFalse(client.ended(), "still open while the token is good");
            awaitEnd(client, Duration.ofSeconds(12));
        }
        // The page then asks for a fresh ticket: a new token gets one, the expired token does not open a stream again.
        String fresh = ticket(TestTokens.reader(office));
        try (SseClient again = SseClient.open(URI.create(stream + "?type=nothing.ever&ticket=" + fresh), null, null)) {
            assertFalse(again.ended());
        }
        assertEquals(401, SseClient.request(URI.create(stream + "?type=nothing.ever"), token, null).statusCode());
    }

    /** A ticket (parsed with Jackson: the first JSON path of a run can take longer than the test's 2 s ticket-ttl). */
    private static String ticket(String token) throws Exception {
        String body = given().auth().oauth2(token).post("/stream/tickets").then().statusCode(201).extract().asString();
        return EventJson.mapper().readTree(body).path("ticket").asText();
    }

    private static void awaitEnd(SseClient client, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!client.ended() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(client.ended(), "the stream was closed when the token expired");
    }
}
