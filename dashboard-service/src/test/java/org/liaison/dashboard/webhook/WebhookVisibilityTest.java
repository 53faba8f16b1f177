package org.liaison.dashboard.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.liaison.dashboard.DashboardTestResource;
import org.liaison.infra.testing.TestTokens;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Deliveries follow the REST APIs' visibility: a restricted meeting in full only to its parties; filters apply. */
@QuarkusTest
@WithTestResource(DashboardTestResource.class)
class WebhookVisibilityTest {

    @Test
    void aRestrictedMeetingReachesOnlyItsPartiesInFull() throws Exception {
        UUID party = UUID.randomUUID();
        UUID outsider = UUID.randomUUID();
        UUID organizer = UUID.randomUUID();
        UUID meeting = UUID.randomUUID();
        try (Receiver partyReceiver = new Receiver(0); Receiver outsiderReceiver = new Receiver(0);
             Receiver byPartyReceiver = new Receiver(0); Publish publish = new Publish()) {
            String partyToken = TestTokens.editor(party);
            String outsiderToken = TestTokens.editor(outsider);
            var partyHook = Hooks.create(partyToken,
                    Map.of("url", partyReceiver.url(), "subject", "meeting/" + meeting));
            var outsiderHook = Hooks.create(outsiderToken,
                    Map.of("url", outsiderReceiver.url(), "types", List.of("meeting.*"),
                    "organizationId", organizer.toString()));
            // The outsider may not learn the parties through a filter: this one must stay silent.
            var byPartyHook = Hooks.create(outsiderToken,
                    Map.of("url", byPartyReceiver.url(), "organizationId", party.toString()));
            partyReceiver.verifyWith(partyHook.getString("secret"));
            outsiderReceiver.verifyWith(outsiderHook.getString("secret"));
            byPartyReceiver.verifyWith(byPartyHook.getString("secret"));

            String eventId = publish.meeting(meeting, "اجتماع مغلق", organizer, true, List.of(party, organizer));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> partyReceiver.successesFor(eventId) == 1
                            && outsiderReceiver.successesFor(eventId) == 1);

            JsonNode full = partyReceiver.requestsFor(eventId).get(0).body().path("data");
            assertEquals("اجتماع مغلق", full.path("titleAr").asText());
            assertEquals(2, full.path("parties").size());
            assertFalse(full.has("redacted"));

            JsonNode redacted = outsiderReceiver.requestsFor(eventId).get(0).body().path("data");
            assertTrue(redacted.path("redacted").asBoolean());
            assertEquals(meeting.toString(), redacted.path("id").asText());
            assertEquals(organizer.toString(), redacted.path("organizerId").asText());
            assertEquals("2026-01-15", redacted.path("date").asText());
            assertFalse(redacted.has("titleAr"));
            assertFalse(redacted.has("parties"));

            // One transaction fans an event out to every subscription: once the others have it, this one was decided.
            assertEquals(0, Hooks.deliveries(outsiderToken, byPartyHook.getString("id")).size());
            assertEquals(0, byPartyReceiver.requests().size());
            for (var hook : List.of(partyHook, outsiderHook, byPartyHook)) {
                Hooks.delete(TestTokens.admin(), hook.getString("id"));
            }
        }
    }

    @Test
    void typeAndOrganisationFiltersPickTheEvents() throws Exception {
        UUID office = UUID.randomUUID();
        UUID winner = UUID.randomUUID();
        UUID merged = UUID.randomUUID();
        String token = TestTokens.editor(office);
        try (Receiver receiver = new Receiver(0); Receiver everything = new Receiver(0);
                Publish publish = new Publish()) {
            var hook = Hooks.create(token, Map.of("url", receiver.url(), "types", List.of("organization.merged"),
                    "organizationId", winner.toString()));
            receiver.verifyWith(hook.getString("secret"));
            var all = Hooks.create(token, Map.of("url", everything.url(), "organizationId", winner.toString()));
            everything.verifyWith(all.getString("secret"));

            String registered = publish.organization(winner, "الفائز");
            publish.organization(merged, "المكرر");
            String mergedEvent = publish.merged(merged, winner);
            // Both events were fanned out once the unfiltered subscription has them (same transaction per event).
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.successesFor(mergedEvent) == 1
                    && everything.successesFor(registered) == 1 && everything.successesFor(mergedEvent) == 1);
            assertEquals(2, everything.requests().size(), "the merged body's own registration names only itself");
            assertEquals(1, receiver.requests().size(), "only the merge: " + receiver.requests());
            assertEquals(0, receiver.requestsFor(registered).size());
            assertEquals("organization.merged", receiver.requests().get(0).body().path("type").asText());
            Hooks.delete(token, hook.getString("id"));
            Hooks.delete(token, all.getString("id"));
        }
    }
}
