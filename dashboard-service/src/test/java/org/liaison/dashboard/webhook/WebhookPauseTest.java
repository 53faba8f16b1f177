package org.liaison.dashboard.webhook;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.liaison.dashboard.DashboardTestResource;
import org.liaison.infra.testing.TestTokens;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A receiver that keeps failing pauses its subscription (4 failures in a row in the test profile); events arriving
 * meanwhile are held, and a resume sends everything held, once each.
 */
@QuarkusTest
@WithTestResource(DashboardTestResource.class)
class WebhookPauseTest {

    @Test
    void repeatedFailuresPauseAndResumeSendsWhatWasHeld() throws Exception {
        UUID office = UUID.randomUUID();
        String token = TestTokens.editor(office);
        UUID org = UUID.randomUUID();
        try (Receiver receiver = new Receiver(0); Publish publish = new Publish()) {
            receiver.failAlways(true);
            var hook = Hooks.create(token, Map.of("url", receiver.url(), "organizationId", org.toString()));
            receiver.verifyWith(hook.getString("secret"));
            String id = hook.getString("id");

            String first = publish.organization(org, "الأول");
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> "paused".equals(Hooks.get(token, id).getString("status")));
            var paused = Hooks.get(token, id);
            assertTrue(paused.getString("pausedReason").contains("HTTP 500"), paused.getString("pausedReason"));
            assertEquals(4, receiver.requestsFor(first).size(), "paused after the 4th failure");
            assertEquals("paused", Hooks.deliveries(token, id).get(0).get("status"));

            String second = publish.organization(org, "الثاني");
            await().untilAsserted(() -> assertEquals(2, Hooks.deliveries(token, id).size()));
            Thread.sleep(1000);
            assertEquals(0, receiver.requestsFor(second).size(), "nothing is sent while paused");
            assertEquals(4, receiver.requestsFor(first).size());
            assertTrue(Hooks.deliveries(token, id).stream().allMatch(d -> "paused".equals(d.get("status"))));

            receiver.failAlways(false);
            Hooks.resume(TestTokens.reader(office), id).then().statusCode(403);
            Hooks.resume(token, id).then().statusCode(200).body("status", equalTo("active"))
                    .body("consecutiveFailures", equalTo(0));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> receiver.successesFor(first) == 1 && receiver.successesFor(second) == 1);
            Thread.sleep(500);
            assertEquals(5, receiver.requestsFor(first).size());
            assertEquals(1, receiver.requestsFor(second).size());
            assertTrue(receiver.requests().stream().allMatch(Receiver.Request::verified));
            await().untilAsserted(() -> assertTrue(Hooks.deliveries(token, id).stream()
                    .allMatch(d -> "delivered".equals(d.get("status")))));
            Hooks.delete(token, id);
        }
    }
}
