package org.liaison.dashboard.webhook;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.liaison.dashboard.DashboardTestResource;
import org.liaison.infra.testing.TestTokens;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * M4 (security review): deliveries do not pile up for ever. A delivery still failing after the give-up age is
 * dead; delivered and dead deliveries (with their attempts) are purged once older than their retention. Ages of
 * seconds need an application of their own (this profile), so that no other test's log is purged under it.
 */
@QuarkusTest
@WithTestResource(DashboardTestResource.class)
@TestProfile(WebhookRetentionTest.ShortRetention.class)
class WebhookRetentionTest {

    /** Ages of seconds; no pause, so that a failing delivery lives long enough to die. */
    public static class ShortRetention implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("liaison.webhooks.give-up-after", "2s",
                    "liaison.webhooks.delivered-retention", "3s",
                    "liaison.webhooks.dead-retention", "3s",
                    "liaison.webhooks.purge-interval", "1s",
                    "liaison.webhooks.pause-after-failures", "1000");
        }
    }

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void m4_deliveredAndDeadDeliveriesArePurgedAfterTheirAge() throws Exception {
        String token = TestTokens.editor(UUID.randomUUID());
        UUID org = UUID.randomUUID();
        try (Receiver ok = new Receiver(0); Receiver failing = new Receiver(0); Publish publish = new Publish()) {
            failing.failAlways(true);
            var okHook = Hooks.create(token, Map.of("url", ok.url(), "organizationId", org.toString()));
            ok.verifyWith(okHook.getString("secret"));
            String okId = okHook.getString("id");
            String failingId = Hooks.create(token, Map.of("url", failing.url(), "organizationId", org.toString()))
                    .getString("id");

            String eventId = publish.organization(org, "للحذف");
            await().atMost(PATIENCE).until(() -> ok.successesFor(eventId) == 1);
            await().atMost(PATIENCE).until(() -> Hooks.deliveries(token, okId).isEmpty());

            await().atMost(PATIENCE).untilAsserted(() -> {
                var log = Hooks.deliveries(token, failingId);
                assertTrue(log.isEmpty() || "dead".equals(log.get(0).get("status")), () -> "" + log);
                assertTrue(failing.requestsFor(eventId).size() >= 2);
            });
            await().atMost(PATIENCE).until(() -> Hooks.deliveries(token, failingId).isEmpty());
            int tried = failing.requestsFor(eventId).size();
            Thread.sleep(1500);
            assertEquals(tried, failing.requestsFor(eventId).size(), "a dead delivery is not tried again");
            assertEquals("active", Hooks.get(token, failingId).getString("status"));
            Hooks.delete(token, okId);
            Hooks.delete(token, failingId);
        }
    }
}
