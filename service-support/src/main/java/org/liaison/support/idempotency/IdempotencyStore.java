package org.liaison.support.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.query.NativeQuery;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@code idempotency_key} table. Every method runs in the caller's transaction; {@link IdempotentCreate} decides which. */
@ApplicationScoped
public class IdempotencyStore {

    private final EntityManager entityManager;
    private final IdempotencyConfig config;

    public IdempotencyStore(EntityManager entityManager, IdempotencyConfig config) {
        this.entityManager = entityManager;
        this.config = config;
    }

    /** The first key of the two-key advisory locks that mark a create as running ("LI"); the second is the key's hash. */
    static final int CLAIM_LOCK_CLASS = 0x4c49;
    /**
     * How old a claim must be before its missing lock counts as "abandoned": the create takes the lock a moment after
     * the claim commits, so a younger claim without it may simply not have started yet.
     */
    static final double CLAIM_GRACE_SECONDS = 2;

    /**
     * Claims a key that is free, expired, or held by an abandoned claim, in one statement so that of two concurrent
     * claims exactly one wins. A claim is abandoned when its lease is over, or, sooner, when it is older than
     * {@link #CLAIM_GRACE_SECONDS} and nobody holds its lock ({@link #holdClaim}): the create that took it died with
     * its instance, or failed while the database was unreachable and could not free the key. Without that, a retry
     * got 409 for the whole lease (faults F5 and F6). Times come from the database clock, the one all instances share.
     *
     * @return the new claim's id, or empty when the key is taken (read it with {@link #find})
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<UUID> tryClaim(String office, String key, String fingerprint) {
        UUID claimId = UUID.randomUUID();
        int claimed = entityManager.createNativeQuery("""
                        insert into idempotency_key (office, idempotency_key, fingerprint, status, claim_id, lease_until, expires_at)
                        values (?1, ?2, ?3, 'IN_PROGRESS', ?4, now() + make_interval(secs => ?5), now() + make_interval(secs => ?6))
                        on conflict (office, idempotency_key) do update
                        set fingerprint = excluded.fingerprint, status = 'IN_PROGRESS', claim_id = excluded.claim_id,
                            lease_until = excluded.lease_until, response_status = null, response_location = null,
                            response_etag = null, response_type = null, response_body = null,
                            created_at = now(), expires_at = excluded.expires_at
                        where idempotency_key.expires_at <= now()
                           or (idempotency_key.status = 'IN_PROGRESS' and idempotency_key.lease_until <= now())
                           or (idempotency_key.status = 'IN_PROGRESS'
                               and idempotency_key.created_at <= now() - make_interval(secs => ?7)
                               and pg_try_advisory_xact_lock(?8, hashtext(?1 || '/' || ?2)))""")
                .setParameter(1, office).setParameter(2, key).setParameter(3, fingerprint).setParameter(4, claimId)
                .setParameter(5, seconds(config.leaseTimeout())).setParameter(6, seconds(config.ttl()))
                .setParameter(7, CLAIM_GRACE_SECONDS).setParameter(8, CLAIM_LOCK_CLASS)
                .executeUpdate();
        return claimed == 1 ? Optional.of(claimId) : Optional.empty();
    }

    /**
     * Marks the key's create as running until its transaction ends, however it ends: commit, rollback, or the
     * connection dropped because the instance died. {@link #tryClaim} takes over a claim whose lock is free.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void holdClaim(String office, String key) {
        entityManager.createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1, hashtext(?2 || '/' || ?3))) held")
                .setParameter(1, CLAIM_LOCK_CLASS).setParameter(2, office).setParameter(3, key).getSingleResult();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    Optional<ExistingKey> find(String office, String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select fingerprint, status, response_status, response_location, response_etag, response_type, response_body
                        from idempotency_key where office = ?1 and idempotency_key = ?2""")
                .setParameter(1, office).setParameter(2, key).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        boolean completed = "COMPLETED".equals(row[1]);
        StoredResponse response = completed ? new StoredResponse(((Number) row[2]).intValue(), (String) row[3],
                (String) row[4], (String) row[5], (String) row[6]) : null;
        return Optional.of(new ExistingKey((String) row[0], completed, response));
    }

    /** @return false when the claim is no longer this one's (taken over after its lease), so the create must roll back */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean complete(String office, String key, UUID claimId, StoredResponse response) {
        // Typed, since Location, ETag and body may be null and an untyped null is not bound as text.
        return entityManager.createNativeQuery("""
                        update idempotency_key set status = 'COMPLETED', lease_until = null, response_status = ?4,
                            response_location = ?5, response_etag = ?6, response_type = ?7, response_body = ?8
                        where office = ?1 and idempotency_key = ?2 and claim_id = ?3 and status = 'IN_PROGRESS'""")
                .unwrap(NativeQuery.class)
                .setParameter(1, office).setParameter(2, key).setParameter(3, claimId)
                .setParameter(4, response.status())
                .setParameter(5, response.location(), String.class).setParameter(6, response.etag(), String.class)
                .setParameter(7, response.mediaType(), String.class).setParameter(8, response.body(), String.class)
                .executeUpdate() == 1;
    }

    /** Frees a claim whose create failed, so that a corrected retry with the same key can run. */
    @Transactional(Transactional.TxType.MANDATORY)
    void release(String office, String key, UUID claimId) {
        entityManager.createNativeQuery("""
                        delete from idempotency_key
                        where office = ?1 and idempotency_key = ?2 and claim_id = ?3 and status = 'IN_PROGRESS'""")
                .setParameter(1, office).setParameter(2, key).setParameter(3, claimId).executeUpdate();
    }

    /** @return how many expired keys were deleted */
    @Transactional(Transactional.TxType.MANDATORY)
    int purgeExpired() {
        return entityManager.createNativeQuery("delete from idempotency_key where expires_at <= now()").executeUpdate();
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
