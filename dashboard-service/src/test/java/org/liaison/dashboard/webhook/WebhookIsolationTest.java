package org.liaison.dashboard.webhook;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.liaison.dashboard.DashboardTestResource;
import org.liaison.infra.testing.TestTokens;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * H1 (security review): one receiver never stalls the deliveries of another. A receiver that dribbles its body,
 * one that never answers and one that answers slowly each delay only their own subscription; the fast
 * subscription beside them keeps getting its events while they misbehave.
 */
@QuarkusTest
@WithTestResource(DashboardTestResource.class)
class WebhookIsolationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void h1_aReceiverThatDribblesItsBodyDelaysOnlyItself() throws Exception {
        UUID office = UUID.randomUUID();
        String token = TestTokens.editor(office);
        UUID org = UUID.randomUUID();
        try (SlowReceiver slow = SlowReceiver.dribbling(); Receiver fast = new Receiver(0);
                Publish publish = new Publish()) {
            var slowHook = Hooks.create(token, Map.of("url", slow.url(), "organizationId", org.toString()));
            var fastHook = Hooks.create(token, Map.of("url", fast.url(), "organizationId", org.toString()));
            fast.verifyWith(fastHook.getString("secret"));

            String first = publish.organization(org, "المتقطّر");
            // The slow receiver has answered 200 and now sends its body one byte a second, without end.
            await().atMost(PATIENCE).until(() -> slow.connections() >= 1);
            List<String> later = List.of(publish.organization(org, "بعده ١"), publish.organization(org, "بعده ٢"),
                    publish.organization(org, "بعده ٣"));

            // Meanwhile every event reaches the fast receiver.
            await().atMost(PATIENCE).until(() -> fast.successesFor(first) == 1
                    && later.stream().allMatch(e -> fast.successesFor(e) == 1));
            // The slow one's delivery was settled on its status line: its endless body was never waited for.
            await().atMost(PATIENCE).untilAsserted(() -> {
                Map<String, Object> delivery = Hooks.deliveryOf(token, slowHook.getString("id"), first);
                assertEquals("delivered", delivery.get("status"));
                assertEquals(200, delivery.get("lastStatusCode"));
            });
            await().atMost(PATIENCE).until(() -> slow.cutOff() >= 1);
            Hooks.delete(token, slowHook.getString("id"));
            Hooks.delete(token, fastHook.getString("id"));
        }
    }

    @Test
    void h1_aReceiverThatNeverAnswersHoldsOnlyItsOwnSubscriptionOneAttemptAtATime() throws Exception {
        UUID office = UUID.randomUUID();
        String token = TestTokens.editor(office);
        UUID org = UUID.randomUUID();
        try (SlowReceiver hanging = SlowReceiver.hanging(); Receiver fast = new Receiver(0);
                Publish publish = new Publish()) {
            var hangHook = Hooks.create(token, Map.of("url", hanging.url(), "organizationId", org.toString()));
            var fastHook = Hooks.create(token, Map.of("url", fast.url(), "organizationId", org.toString()));
            fast.verifyWith(fastHook.getString("secret"));

            // Three meetings organised by org: three deliveries per subscription, none waiting for another's order.
            List<String> events = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                events.add(publish.meeting(UUID.randomUUID(), "اجتماع " + i, org, false, List.of(org)));
            }
            await().atMost(PATIENCE).until(() -> events.stream().allMatch(e -> fast.successesFor(e) == 1));

            // The silent receiver's attempts end at the deadline with a plain "timeout", and never overlap: the
            // subscription runs at most its concurrency limit (1 in the test profile) of attempts at a time.
            String hangId = hangHook.getString("id");
            await().atMost(PATIENCE).until(() -> Hooks.attempts(token, hangId).size() >= 2);
            List<Map<String, Object>> attempts = Hooks.attempts(token, hangId);
            assertTrue(attempts.stream().allMatch(a -> "timeout".equals(a.get("error"))), () -> "" + attempts);
            int limit = ConfigProvider.getConfig()
                    .getOptionalValue("liaison.webhooks.per-subscription-concurrency", Integer.class).orElse(1);
            assertEquals(1, limit, "the test profile allows one attempt at a time per subscription");
            List<Map<String, Object>> byStart = new ArrayList<>(attempts);
            byStart.sort(Comparator.comparing(a -> Instant.parse((String) a.get("attemptedAt"))));
            for (int i = 1; i < byStart.size(); i++) {
                Instant previousEnd = Instant.parse((String) byStart.get(i - 1).get("attemptedAt"))
                        .plusMillis(((Number) byStart.get(i - 1).get("durationMs")).longValue());
                Instant start = Instant.parse((String) byStart.get(i).get("attemptedAt"));
                assertFalse(start.isBefore(previousEnd), () -> "attempts overlap: " + byStart);
            }
            Hooks.delete(token, hangId);
            Hooks.delete(token, fastHook.getString("id"));
        }
    }
}
