package org.liaison.dashboard.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.query.NativeQuery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The delivery worker's SQL. A claim takes due deliveries with {@code FOR UPDATE SKIP LOCKED} (so instances share
 * the work), counts the attempt and moves {@code next_attempt_at} to the end of a lease, all before the HTTP call:
 * while the call runs no instance picks the delivery again, and if this one dies the lease runs out and another
 * retries it. The result is recorded only for the attempt that was claimed (the attempt number fences it).
 * A delivery waits while an earlier one of the same subscription and aggregate key is not delivered yet, so each
 * aggregate's events reach a receiver in order.
 */
@ApplicationScoped
@Transactional
public class DeliveryStore {

    /** A claimed attempt: everything needed to make it without the database. */
    public record Claim(UUID deliveryId, UUID subscriptionId, int attempt, String payload) {
    }

    private final EntityManager entityManager;

    public DeliveryStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @SuppressWarnings("unchecked")
    public List<Claim> claim(int limit, Duration lease) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        with due as (
                            select d.id from webhook_delivery d
                            join webhook_subscription s on s.id = d.subscription_id and s.status = 'active'
                            where d.status = 'pending' and d.next_attempt_at <= now()
                              and not exists (select 1 from webhook_delivery e
                                              where e.subscription_id = d.subscription_id and e.aggregate_key = d.aggregate_key
                                                and e.seq < d.seq and e.status <> 'delivered')
                            order by d.next_attempt_at, d.seq
                            limit ?1
                            for update of d skip locked)
                        update webhook_delivery d
                           set attempts = d.attempts + 1, next_attempt_at = now() + ?2 * interval '1 millisecond'
                          from due where d.id = due.id
                        returning d.id, d.subscription_id, d.attempts, d.payload""")
                .setParameter(1, limit).setParameter(2, lease.toMillis())
                .getResultList();
        return rows.stream().map(r -> new Claim(uuid(r[0]), uuid(r[1]), ((Number) r[2]).intValue(), (String) r[3])).toList();
    }

    public List<WebhookSubscription> subscriptions(List<UUID> ids) {
        return entityManager.createQuery("from WebhookSubscription where id in ?1", WebhookSubscription.class)
                .setParameter(1, ids).getResultList();
    }

    /** A 2xx: delivered, and the subscription's run of failures ends. */
    public void delivered(Claim claim, int statusCode, Instant at, long durationMs) {
        attempt(claim, at, durationMs, statusCode, null);
        entityManager.createNativeQuery("""
                        update webhook_delivery set status = 'delivered', delivered_at = now(), last_status_code = ?3,
                               last_error = null
                         where id = ?1 and attempts = ?2 and status <> 'delivered'""")
                .setParameter(1, claim.deliveryId()).setParameter(2, claim.attempt()).setParameter(3, statusCode)
                .executeUpdate();
        entityManager.createNativeQuery("update webhook_subscription set consecutive_failures = 0 where id = ?1")
                .setParameter(1, claim.subscriptionId()).executeUpdate();
    }

    /**
     * A failed attempt: the next one after {@code retryIn}; the subscription is paused (with its pending deliveries)
     * when this makes {@code pauseAfter} failures in a row.
     *
     * @return whether this failure paused the subscription
     */
    @SuppressWarnings("unchecked")
    public boolean failed(Claim claim, Integer statusCode, String error, Instant at, long durationMs, Duration retryIn,
                          int pauseAfter) {
        attempt(claim, at, durationMs, statusCode, error);
        entityManager.createNativeQuery("""
                        update webhook_delivery set next_attempt_at = now() + ?3 * interval '1 millisecond',
                               last_status_code = ?4, last_error = ?5
                         where id = ?1 and attempts = ?2 and status = 'pending'""")
                .setParameter(1, claim.deliveryId()).setParameter(2, claim.attempt()).setParameter(3, retryIn.toMillis())
                .unwrap(NativeQuery.class)
                .setParameter(4, statusCode, Integer.class).setParameter(5, error, String.class)
                .executeUpdate();
        List<?> failures = entityManager.createNativeQuery("""
                        update webhook_subscription set consecutive_failures = consecutive_failures + 1
                         where id = ?1 and status = 'active' returning consecutive_failures""")
                .setParameter(1, claim.subscriptionId()).getResultList();
        if (failures.isEmpty() || ((Number) failures.get(0)).intValue() < pauseAfter) {
            return false;
        }
        String reason = pauseAfter + " attempts in a row failed, the last with "
                + (statusCode != null ? "HTTP " + statusCode : error);
        entityManager.createNativeQuery("""
                        update webhook_subscription set status = 'paused', paused_reason = ?2, paused_at = now(),
                               version = version + 1, updated_at = now()
                         where id = ?1""")
                .setParameter(1, claim.subscriptionId()).setParameter(2, reason).executeUpdate();
        entityManager.createNativeQuery("""
                        update webhook_delivery set status = 'paused' where subscription_id = ?1 and status = 'pending'""")
                .setParameter(1, claim.subscriptionId()).executeUpdate();
        return true;
    }

    /** Puts a subscription's paused deliveries back in the queue, due now (on resume). */
    public int requeue(UUID subscriptionId) {
        entityManager.createNativeQuery("update webhook_subscription set consecutive_failures = 0 where id = ?1")
                .setParameter(1, subscriptionId).executeUpdate();
        return entityManager.createNativeQuery("""
                        update webhook_delivery set status = 'pending', next_attempt_at = now()
                         where subscription_id = ?1 and status = 'paused'""")
                .setParameter(1, subscriptionId).executeUpdate();
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    @SuppressWarnings("unchecked")
    private void attempt(Claim claim, Instant at, long durationMs, Integer statusCode, String error) {
        entityManager.createNativeQuery("""
                        insert into webhook_attempt (delivery_id, attempt, attempted_at, duration_ms, status_code, error)
                        select ?1, ?2, ?3, ?4, ?5, ?6 where exists (select 1 from webhook_delivery where id = ?1)""")
                .setParameter(1, claim.deliveryId()).setParameter(2, claim.attempt()).setParameter(3, at)
                .setParameter(4, durationMs)
                .unwrap(NativeQuery.class)
                .setParameter(5, statusCode, Integer.class).setParameter(6, error, String.class)
                .executeUpdate();
    }
}
