package org.liaison.dashboard.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.query.NativeQuery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * The delivery worker's SQL. A claim takes due deliveries, counts the attempt and moves {@code next_attempt_at}
 * and {@code claimed_until} to the end of a lease, all before the HTTP call: while the call runs no instance picks
 * the delivery again, and if this one dies the lease runs out and another retries it. The result is recorded only
 * for the attempt that was claimed (the attempt number fences it).
 * <p>
 * Claims are fair: round-robin over the active subscriptions (each one's oldest due delivery first, then each
 * one's second, ...), and a subscription never has more than its concurrency limit of attempts in flight
 * ({@code claimed_until} in the future), counted across every instance: claims are serialised by an advisory lock,
 * a short one, held for one statement. A subscription paced after slow answers ({@code paced_until}) waits.
 * A delivery also waits while an earlier one of the same subscription and aggregate key is pending or paused, so
 * each aggregate's events reach a receiver in order (a dead one no longer holds the rest back).
 */
@ApplicationScoped
@Transactional
public class DeliveryStore {

    /** A claimed attempt: everything needed to make it without the database. */
    public record Claim(UUID deliveryId, UUID subscriptionId, int attempt, String payload) {
    }

    /** What a failed attempt led to. */
    public record Failed(boolean paused, boolean dead) {
    }

    /** Serialises claims across instances (the per-subscription count must not race); "LiaWhk". */
    private static final long CLAIM_LOCK_KEY = 0x4c6961576b68L;

    private final EntityManager entityManager;

    public DeliveryStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * @param perSubscription attempts in flight a subscription may have at most, across instances
     */
    @SuppressWarnings("unchecked")
    public List<Claim> claim(int limit, Duration lease, int perSubscription) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, CLAIM_LOCK_KEY)
                .getSingleResult();
        List<Object[]> rows = entityManager.createNativeQuery("""
                        with busy as (
                            select subscription_id, count(*) as n from webhook_delivery
                             where claimed_until is not null and claimed_until > now() and status = 'pending'
                             group by subscription_id),
                        candidates as (
                            select s.id as subscription_id, coalesce(b.n, 0) as busy, x.id, x.next_attempt_at, x.seq
                              from webhook_subscription s
                              left join busy b on b.subscription_id = s.id
                              cross join lateral (
                                  select d.id, d.next_attempt_at, d.seq
                                    from webhook_delivery d
                                   where d.subscription_id = s.id and d.status = 'pending'
                                       and d.next_attempt_at <= now()
                                     and not exists (select 1 from webhook_delivery e
                                                      where e.subscription_id = d.subscription_id
                                                        and e.aggregate_key = d.aggregate_key and e.seq < d.seq
                                                        and e.status in ('pending', 'paused'))
                                   order by d.next_attempt_at, d.seq
                                   limit ?3) x
                             where s.status = 'active' and (s.paced_until is null or s.paced_until <= now())
                               and coalesce(b.n, 0) < ?3),
                        ranked as (
                            select c.*, row_number() over (partition by c.subscription_id
                                                           order by c.next_attempt_at, c.seq) as rn
                              from candidates c),
                        picked as (
                            select id from ranked where rn <= ?3 - busy
                             order by rn, next_attempt_at, seq
                             limit ?1)
                        update webhook_delivery d
                           set attempts = d.attempts + 1, next_attempt_at = now() + ?2 * interval '1 millisecond',
                               claimed_until = now() + ?2 * interval '1 millisecond'
                          from picked
                         where d.id = picked.id and d.status = 'pending' and d.next_attempt_at <= now()
                        returning d.id, d.subscription_id, d.attempts, d.payload""")
                .setParameter(1, limit).setParameter(2, lease.toMillis()).setParameter(3, perSubscription)
                .getResultList();
        return rows.stream().map(r -> new Claim(uuid(r[0]), uuid(r[1]), ((Number) r[2]).intValue(), (String) r[3]))
                .toList();
    }

    public List<WebhookSubscription> subscriptions(List<UUID> ids) {
        return entityManager.createQuery("from WebhookSubscription where id in ?1", WebhookSubscription.class)
                .setParameter(1, ids).getResultList();
    }

    /**
     * A 2xx: delivered, and the subscription's run of failures ends. A prompt answer also ends its run of slow ones;
     * a slow answer ({@code paceAfter} not null) lengthens that run and holds the subscription back for
     * {@code paceAfter.apply(run)} before its next claim.
     */
    @SuppressWarnings("unchecked")
    public void delivered(Claim claim, int statusCode, Instant at, long durationMs, IntFunction<Duration> paceAfter) {
        attempt(claim, at, durationMs, statusCode, null);
        entityManager.createNativeQuery("""
                        update webhook_delivery set status = 'delivered', delivered_at = now(), last_status_code = ?3,
                               last_error = null, claimed_until = null, dead_at = null
                         where id = ?1 and attempts = ?2 and status <> 'delivered'""")
                .setParameter(1, claim.deliveryId()).setParameter(2, claim.attempt()).setParameter(3, statusCode)
                .executeUpdate();
        if (paceAfter == null) {
            entityManager.createNativeQuery("""
                            update webhook_subscription set consecutive_failures = 0, consecutive_slow = 0,
                                paced_until = null
                             where id = ?1""")
                    .setParameter(1, claim.subscriptionId()).executeUpdate();
            return;
        }
        List<?> run = entityManager.createNativeQuery("""
                        update webhook_subscription set consecutive_failures = 0,
                            consecutive_slow = consecutive_slow + 1
                         where id = ?1 returning consecutive_slow""")
                .setParameter(1, claim.subscriptionId()).getResultList();
        if (!run.isEmpty()) {
            Duration pace = paceAfter.apply(((Number) run.get(0)).intValue());
            entityManager.createNativeQuery("""
                            update webhook_subscription set paced_until = now() + ?2 * interval '1 millisecond'
                             where id = ?1""")
                    .setParameter(1, claim.subscriptionId()).setParameter(2, pace.toMillis()).executeUpdate();
        }
    }

    /**
     * A failed attempt: the next one after {@code retryIn}, unless the delivery was queued more than
     * {@code giveUpAfter} ago (then it is dead); the subscription is paused (with its pending deliveries) when this
     * makes {@code pauseAfter} failures in a row.
     */
    @SuppressWarnings("unchecked")
    public Failed failed(Claim claim, Integer statusCode, String error, Instant at, long durationMs, Duration retryIn,
                         int pauseAfter, Duration giveUpAfter) {
        attempt(claim, at, durationMs, statusCode, error);
        List<?> updated = entityManager.createNativeQuery("""
                        update webhook_delivery
                           set status = case when created_at < now() - ?6 * interval '1 millisecond' then 'dead'
                                             else status end,
                               dead_at = case when created_at < now() - ?6 * interval '1 millisecond' then now() end,
                               next_attempt_at = now() + ?3 * interval '1 millisecond', claimed_until = null,
                               last_status_code = ?4, last_error = ?5
                         where id = ?1 and attempts = ?2 and status = 'pending'
                        returning status""")
                .setParameter(1, claim.deliveryId()).setParameter(2, claim.attempt())
                .setParameter(3, retryIn.toMillis())
                .setParameter(6, giveUpAfter.toMillis())
                .unwrap(NativeQuery.class)
                .setParameter(4, statusCode, Integer.class).setParameter(5, error, String.class)
                .getResultList();
        boolean dead = !updated.isEmpty() && WebhookDelivery.DEAD.equals(updated.get(0));
        List<?> failures = entityManager.createNativeQuery("""
                        update webhook_subscription set consecutive_failures = consecutive_failures + 1
                         where id = ?1 and status = 'active' returning consecutive_failures""")
                .setParameter(1, claim.subscriptionId()).getResultList();
        if (failures.isEmpty() || ((Number) failures.get(0)).intValue() < pauseAfter) {
            return new Failed(false, dead);
        }
        String reason = pauseAfter + " attempts in a row failed, the last with "
                + (statusCode != null ? "HTTP " + statusCode : error);
        entityManager.createNativeQuery("""
                        update webhook_subscription set status = 'paused', paused_reason = ?2, paused_at = now(),
                               dropped_while_paused = 0, version = version + 1, updated_at = now()
                         where id = ?1""")
                .setParameter(1, claim.subscriptionId()).setParameter(2, reason).executeUpdate();
        entityManager.createNativeQuery("""
                        update webhook_delivery set status = 'paused', claimed_until = null
                         where subscription_id = ?1 and status = 'pending'""")
                .setParameter(1, claim.subscriptionId()).executeUpdate();
        return new Failed(true, dead);
    }

    /** Puts a subscription's paused deliveries back in the queue, due now (on resume); its pacing ends too. */
    public int requeue(UUID subscriptionId) {
        entityManager.createNativeQuery("""
                        update webhook_subscription set consecutive_failures = 0, consecutive_slow = 0,
                            paced_until = null
                         where id = ?1""")
                .setParameter(1, subscriptionId).executeUpdate();
        return entityManager.createNativeQuery("""
                        update webhook_delivery set status = 'pending', next_attempt_at = now(), claimed_until = null
                         where subscription_id = ?1 and status = 'paused'""")
                .setParameter(1, subscriptionId).executeUpdate();
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    @SuppressWarnings("unchecked")
    private void attempt(Claim claim, Instant at, long durationMs, Integer statusCode, String error) {
        entityManager.createNativeQuery("""
                        insert into webhook_attempt (delivery_id, attempt, attempted_at, duration_ms, status_code,
                            error)
                        select ?1, ?2, ?3, ?4, ?5, ?6 where exists (select 1 from webhook_delivery where id = ?1)""")
                .setParameter(1, claim.deliveryId()).setParameter(2, claim.attempt()).setParameter(3, at)
                .setParameter(4, durationMs)
                .unwrap(NativeQuery.class)
                .setParameter(5, statusCode, Integer.class).setParameter(6, error, String.class)
                .executeUpdate();
    }
}
