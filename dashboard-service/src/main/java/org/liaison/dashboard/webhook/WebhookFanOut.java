package org.liaison.dashboard.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.liaison.contracts.EventEnvelope;
import org.liaison.contracts.EventJson;
import org.liaison.dashboard.visibility.MeetingVisibility;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The effect of one consumed event: a pending delivery for every subscription that wants it, with the body as
 * that subscription's office may see it. Runs in the idempotent consumer's transaction, beside its inbox row,
 * so an event redelivered by the broker queues nothing twice (and the unique (subscription, event) says so again).
 * A paused subscription queues (as paused deliveries) only while it holds fewer than
 * {@code max-held-per-subscription}; beyond that an event is counted in its {@code dropped_while_paused} instead.
 * Two consumers fanning out at once may each add the last one, so the bound can be passed by a few.
 */
@ApplicationScoped
public class WebhookFanOut {

    private final EntityManager entityManager;
    private final WebhookConfig config;
    private final WebhookMetrics metrics;
    private final MeetingVisibility visibility;

    public WebhookFanOut(EntityManager entityManager, WebhookConfig config, WebhookMetrics metrics,
                         MeetingVisibility visibility) {
        this.visibility = visibility;
        this.entityManager = entityManager;
        this.config = config;
        this.metrics = metrics;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void fanOut(EventEnvelope event) {
        List<WebhookSubscription> subscriptions = entityManager.createQuery(
                        "from WebhookSubscription where status in (?1, ?2)", WebhookSubscription.class)
                .setParameter(1, WebhookSubscription.ACTIVE).setParameter(2, WebhookSubscription.PAUSED)
                .getResultList();
        Instant now = Instant.now();
        for (WebhookSubscription subscription : subscriptions) {
            JsonNode visible = visibility.visibleData(event, subscription.office, false);
            if (!subscription.filter().matches(event.type(), event.subject(), visible)) {
                continue;
            }
            String status = WebhookSubscription.ACTIVE.equals(subscription.status)
                    ? WebhookDelivery.PENDING : WebhookDelivery.PAUSED;
            if (status.equals(WebhookDelivery.PAUSED) && holdsTheMost(subscription.id)) {
                entityManager.createNativeQuery("""
                                update webhook_subscription set dropped_while_paused = dropped_while_paused + 1
                                 where id = ?1""")
                        .setParameter(1, subscription.id).executeUpdate();
                metrics.dropped();
                continue;
            }
            entityManager.createNativeQuery("""
                            insert into webhook_delivery (id, subscription_id, event_id, event_type, aggregate_key,
                                payload,
                                                          status, next_attempt_at, created_at)
                            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)
                            on conflict (subscription_id, event_id) do nothing""")
                    .setParameter(1, deliveryId(subscription.id, event.id()))
                    .setParameter(2, subscription.id)
                    .setParameter(3, event.id())
                    .setParameter(4, event.type())
                    .setParameter(5, event.key())
                    .setParameter(6, body(event, visible))
                    .setParameter(7, status)
                    .setParameter(8, now)
                    .executeUpdate();
        }
    }

    private boolean holdsTheMost(UUID subscriptionId) {
        int most = config.maxHeldPerSubscription();
        Number held = (Number) entityManager.createNativeQuery("""
                        select count(*) from (select 1 from webhook_delivery
                                               where subscription_id = ?1 and status = 'paused' limit ?2) h""")
                .setParameter(1, subscriptionId).setParameter(2, most).getSingleResult();
        return held.intValue() >= most;
    }

    /** The delivery's id and {@code webhook-id}: the same for an event and a subscription, whoever computes it. */
    static UUID deliveryId(UUID subscriptionId, String eventId) {
        return UUID.nameUUIDFromBytes((subscriptionId + "|" + eventId).getBytes(StandardCharsets.UTF_8));
    }

    /** The CloudEvent in structured mode (CloudEvents JSON format), with the data as the office may see it. */
    static String body(EventEnvelope event, JsonNode visibleData) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("specversion", "1.0");
        json.put("id", event.id());
        json.put("type", event.type());
        json.put("source", event.source());
        if (event.subject() != null) {
            json.put("subject", event.subject());
        }
        if (event.time() != null) {
            json.put("time", event.time().toString());
        }
        json.put("datacontenttype", "application/json");
        json.set("data", visibleData);
        try {
            return EventJson.mapper().writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
