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
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * M4 (security review): a receiver that answers 2xx, but slowly, is paced like one that fails (its next attempt
 * waits a backoff), and a paused subscription holds at most a bounded number of deliveries.
 */
@QuarkusTest
@WithTestResource(DashboardTestResource.class)
class WebhookFairnessTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void m4_aSlowSuccessIsDeliveredOnceButPacesItsSubscription() throws Exception {
        UUID office = UUID.randomUUID();
        String token = TestTokens.editor(office);
        UUID org = UUID.randomUUID();
        Duration backoffBase = ConfigProvider.getConfig().getValue("liaison.webhooks.backoff-base", Duration.class);
        // Well above the test profile's slow-answer threshold, well below its attempt deadline.
        try (SlowReceiver slow = SlowReceiver.answeringAfter(Duration.ofMillis(2500));
                Publish publish = new Publish()) {
            var hook = Hooks.create(token, Map.of("url", slow.url(), "organizationId", org.toString()));
            String id = hook.getString("id");

            // Two events of different aggregates, queued together: nothing orders one after the other but pacing.
            String first = publish.meeting(UUID.randomUUID(), "الأول", org, false, List.of(org));
            String second = publish.meeting(UUID.randomUUID(), "الثاني", org, false, List.of(org));
            await().atMost(PATIENCE).untilAsserted(() -> {
                assertEquals("delivered", Hooks.deliveryOf(token, id, first).get("status"));
                assertEquals("delivered", Hooks.deliveryOf(token, id, second).get("status"));
            });
            assertEquals(1, slow.eventIds().stream().filter(first::equals).count(), "a slow 2xx is not sent again");
            assertEquals(1, slow.eventIds().stream().filter(second::equals).count());

            List<Map<String, Object>> attempts = new ArrayList<>();
            attempts.add(onlyAttempt(token, id, first));
            attempts.add(onlyAttempt(token, id, second));
            attempts.sort((a, b) -> Instant.parse((String) a.get("attemptedAt"))
                    .compareTo(Instant.parse((String) b.get("attemptedAt"))));
            Instant earlierEnd = Instant.parse((String) attempts.get(0).get("attemptedAt"))
                    .plusMillis(((Number) attempts.get(0).get("durationMs")).longValue());
            Instant laterStart = Instant.parse((String) attempts.get(1).get("attemptedAt"));
            // The backoff after a first soft failure is the base, minus at most 20 % jitter.
            Instant notBefore = earlierEnd.plusMillis(backoffBase.toMillis() * 8 / 10);
            assertFalse(laterStart.isBefore(notBefore), () -> "the second attempt waited for the pace after the slow "
                    + "answer: ended " + earlierEnd + ", next at " + laterStart);
            var view = Hooks.get(token, id);
            assertEquals(2, view.getInt("consecutiveSlowAnswers"));
            assertNotNull(view.getString("pacedUntil"));
            assertEquals("active", view.getString("status"));
            assertEquals(0, view.getInt("consecutiveFailures"), "slow is not failed: it paces, it never pauses");

            // A prompt answer ends the pacing.
            slow.answerAfter(Duration.ZERO);
            String third = publish.meeting(UUID.randomUUID(), "الثالث", org, false, List.of(org));
            await().atMost(PATIENCE).untilAsserted(() ->
                    assertEquals("delivered", Hooks.deliveryOf(token, id, third).get("status")));
            var after = Hooks.get(token, id);
            assertEquals(0, after.getInt("consecutiveSlowAnswers"));
            assertNull(after.getString("pacedUntil"));
            Hooks.delete(token, id);
        }
    }

    @Test
    void m4_aPausedSubscriptionStopsQueuingAfterTheBound() throws Exception {
        UUID office = UUID.randomUUID();
        String token = TestTokens.editor(office);
        UUID org = UUID.randomUUID();
        int bound = ConfigProvider.getConfig()
                .getOptionalValue("liaison.webhooks.max-held-per-subscription", Integer.class).orElse(3);
        try (Receiver failing = new Receiver(0); Receiver marker = new Receiver(0); Publish publish = new Publish()) {
            failing.failAlways(true);
            var hook = Hooks.create(token, Map.of("url", failing.url(), "organizationId", org.toString()));
            var markerHook = Hooks.create(token, Map.of("url", marker.url(), "organizationId", org.toString()));
            failing.verifyWith(hook.getString("secret"));
            marker.verifyWith(markerHook.getString("secret"));
            String id = hook.getString("id");

            publish.organization(org, "قبل التوقف");
            await().atMost(PATIENCE).until(() -> "paused".equals(Hooks.get(token, id).getString("status")));
            int more = bound + 2;
            for (int i = 0; i < more; i++) {
                publish.organization(org, "أثناء التوقف " + i);
            }
            // Same key, same partition: once the marker subscription has the last event, all were fanned out.
            String last = publish.organization(org, "الأخير");
            await().atMost(PATIENCE).until(() -> marker.successesFor(last) == 1);

            List<Map<String, Object>> held = Hooks.deliveries(token, id);
            assertEquals(bound, held.size(), "a paused subscription holds at most " + bound + " deliveries");
            assertTrue(held.stream().allMatch(d -> "paused".equals(d.get("status"))));
            var view = Hooks.get(token, id);
            assertEquals(1 + more + 1 - bound, view.getInt("droppedWhilePaused"),
                    "the office is told how many it missed");

            failing.failAlways(false);
            Hooks.resume(token, id).then().statusCode(200);
            await().atMost(PATIENCE).untilAsserted(() -> assertTrue(Hooks.deliveries(token, id).stream()
                    .allMatch(d -> "delivered".equals(d.get("status")))));
            assertEquals(1 + more + 1 - bound, Hooks.get(token, id).getInt("droppedWhilePaused"),
                    "the count of the latest pause stays visible after the resume");
            Hooks.delete(token, id);
            Hooks.delete(token, markerHook.getString("id"));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> onlyAttempt(String token, String id, String eventId) {
        List<Map<String, Object>> log = (List<Map<String, Object>>) Hooks.deliveryOf(token, id, eventId)
                .get("attemptLog");
        assertEquals(1, log.size(), () -> "one attempt: " + log);
        return log.get(0);
    }
}
