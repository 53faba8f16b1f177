package org.liaison.dashboard.stream;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.EventJson;
import org.liaison.dashboard.DashboardTestResource;
import org.liaison.dashboard.SseClient;
import org.liaison.infra.testing.TestTokens;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A stream opened with a ticket counts against the rate limit of the ticket's office, as one opened with the token:
 * the browsers of many offices behind one address (NAT, a proxy) are not refused together. A used, unknown or
 * expired ticket counts against the address, so guessing tickets is limited like any anonymous request.
 */
@QuarkusTest
@WithTestResource(DashboardTestResource.class)
@TestProfile(TicketRateLimitTest.SmallBudget.class)
class TicketRateLimitTest {

    private static final int BURST = 3;

    /** A burst of 3 and then one request per 100 s, so that no bucket refills during the test on a loaded machine. */
    public static class SmallBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("liaison.rate-limit.requests-per-second", "0.01",
                    "liaison.rate-limit.burst", Integer.toString(BURST),
                    // Long enough that a slow machine does not expire a ticket between its issue and its use.
                    "liaison.dashboard.ticket-ttl", "30s");
        }
    }

    @TestHTTPResource("/stream")
    URI stream;

    @Test
    void ticketStreamsFromOneAddressCountAgainstTheirOfficesAndBadTicketsAgainstTheAddress() throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> given().get("/q/health/ready").statusCode() == 200);
        int viewers = 2 * BURST;
        List<SseClient> open = new ArrayList<>();
        String used = null;
        try {
            for (int i = 0; i < viewers; i++) {
                used = ticket(TestTokens.reader(UUID.randomUUID()));
                open.add(SseClient.open(URI.create(stream + "?ticket=" + used), null, null)); // fails unless 200
            }
            List<Integer> bad = new ArrayList<>();
            bad.add(status(SseClient.request(URI.create(stream + "?ticket=" + used), null, null)));
            for (int i = 1; i < viewers; i++) {
                bad.add(status(SseClient.request(URI.create(stream + "?ticket=guess-" + i), null, null)));
            }
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < viewers; i++) {
                expected.add(i < BURST ? 401 : 429);
            }
            assertEquals(expected, bad, "a used ticket and guesses: the address's burst answered 401, then 429");
            HttpResponse<InputStream> anonymous = SseClient.request(stream, null, null);
            assertEquals(429, anonymous.statusCode());
            assertTrue(anonymous.headers().firstValue("Retry-After").isPresent());
            anonymous.body().close();
        } finally {
            open.forEach(SseClient::close);
        }
    }

    private static String ticket(String token) throws Exception {
        // Jackson, not GPath: a JVM's first GPath evaluation is slow.
        return EventJson.mapper().readTree(given().auth().oauth2(token).post("/stream/tickets")
                .then().statusCode(201).extract().asString()).path("ticket").asText();
    }

    private static int status(HttpResponse<InputStream> response) throws Exception {
        response.body().close();
        return response.statusCode();
    }
}
