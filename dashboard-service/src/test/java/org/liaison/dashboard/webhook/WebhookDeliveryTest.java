package org.liaison.dashboard.webhook;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.liaison.dashboard.DashboardTestResource;
import org.liaison.infra.testing.TestTokens;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A receiver that answers 500 at first: the delivery is retried with growing pauses, every attempt is signed the
 * Standard Webhooks way, and after it recovers it sees the event exactly once as a success, also when the broker
 * delivers the same event again.
 */
@QuarkusTest
@WithTestResource(DashboardTestResource.class)
class WebhookDeliveryTest {

    @Test
    void retriesWithGrowingPausesThenDeliversOnce() throws Exception {
        UUID office = UUID.randomUUID();
        String token = TestTokens.editor(office);
        UUID org = UUID.randomUUID();
        try (Receiver receiver = new Receiver(3); Publish publish = new Publish()) {
            var hook = Hooks.create(token, Map.of("url", receiver.url(), "organizationId", org.toString()));
            receiver.verifyWith(hook.getString("secret"));
            String id = hook.getString("id");

            String eventId = publish.organization(org, "حزب الاختبار");
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.successesFor(eventId) == 1);

            List<Receiver.Request> seen = receiver.requestsFor(eventId);
            assertEquals(4, seen.size(), "three failures, then the success");
            assertTrue(seen.stream().allMatch(Receiver.Request::verified), () -> "every request verifies: " + seen);
            assertEquals(1, seen.stream().map(Receiver.Request::webhookId).distinct().count(),
                    "one webhook-id for all retries");
            assertEquals(List.of(500, 500, 500, 200), seen.stream().map(Receiver.Request::answered).toList());
            var body = seen.get(3).body();
            assertEquals("organization.registered", body.path("type").asText());
            assertEquals("organization/" + org, body.path("subject").asText());
            assertEquals("1.0", body.path("specversion").asText());
            assertEquals(org.toString(), body.path("data").path("id").asText());

            await().untilAsserted(() -> assertEquals("delivered", Hooks.deliveries(token, id).get(0).get("status")));
            Map<String, Object> delivery = Hooks.deliveries(token, id).get(0);
            assertEquals(eventId, delivery.get("eventId"));
            assertEquals(seen.get(0).webhookId(), delivery.get("id"));
            assertEquals(4, delivery.get("attempts"));
            assertNull(delivery.get("nextAttemptAt"));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> log = (List<Map<String, Object>>) delivery.get("attemptLog");
            assertEquals(List.of(500, 500, 500, 200), log.stream().map(a -> a.get("statusCode")).toList());
            assertEquals("HTTP 500", log.get(0).get("error"));
            List<Instant> at = log.stream().map(a -> Instant.parse((String) a.get("attemptedAt"))).toList();
            long gap1 = Duration.between(at.get(0), at.get(1)).toMillis();
            long gap2 = Duration.between(at.get(1), at.get(2)).toMillis();
            long gap3 = Duration.between(at.get(2), at.get(3)).toMillis();
            assertTrue(gap1 >= 200, "first pause about the 300 ms base: " + gap1);
            assertTrue(gap2 > gap1 && gap3 > gap2, "pauses grow: " + gap1 + ", " + gap2 + ", " + gap3);

            // The broker delivers the same event again: nothing is queued or sent twice.
            publish.organization(eventId, org, "حزب الاختبار");
            String marker = publish.organization(org, "حزب الاختبار (٢)");
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.successesFor(marker) == 1);
            Thread.sleep(500);
            assertEquals(4, receiver.requestsFor(eventId).size(), "no further request for the redelivered event");
            assertEquals(2, Hooks.deliveries(token, id).size());
            assertEquals("active", Hooks.get(token, id).getString("status"));
            assertEquals(0, Hooks.get(token, id).getInt("consecutiveFailures"));
            given().auth().oauth2(TestTokens.admin()).get("/q/metrics").then().statusCode(200)
                    .body(containsString("liaison_webhooks_attempts_total{outcome=\"failed\"}"))
                    .body(containsString("liaison_webhooks_attempt_duration_seconds_count{outcome=\"delivered\"}"));
            Hooks.delete(token, id);
        }
    }
}
