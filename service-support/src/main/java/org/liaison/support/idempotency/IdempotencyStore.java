package org.liaison.support.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import javax.sql.DataSource;
import org.hibernate.query.NativeQuery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code idempotency_key} table. The claim and the look-up run outside any transaction, each one statement in
 * autocommit; the other methods run in the caller's transaction (the create's).
 */
@ApplicationScoped
public class IdempotencyStore {

    private final EntityManager entityManager;
    private final DataSource dataSource;
    private final IdempotencyConfig config;

    public IdempotencyStore(EntityManager entityManager, DataSource dataSource, IdempotencyConfig config) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
        this.config = config;
    }

    /**
     * The first key of the two-key advisory locks that mark a create as running ("LI"); the second is the key's hash.
     */
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
     * <p>
     * Runs outside any transaction, on a pooled connection in autocommit: the one statement is atomic by itself and
     * visible to a concurrent duplicate as soon as it returns. (In a JTA transaction of its own, begin, session and
     * commit cost more than the statement: about a tenth of a create's CPU in the bench's profile.)
     *
     * @return the new claim's id, or empty when the key is taken (read it with {@link #find})
     */
    Optional<UUID> tryClaim(String office, String key, String fingerprint) {
        UUID claimId = UUID.randomUUID();
        return autocommit("""
                        insert into idempotency_key (office, idempotency_key, fingerprint, status, claim_id,
                            lease_until, expires_at)
                        values (?, ?, ?, 'IN_PROGRESS', ?, now() + make_interval(secs => ?),
                            now() + make_interval(secs => ?))
                        on conflict (office, idempotency_key) do update
                        set fingerprint = excluded.fingerprint, status = 'IN_PROGRESS', claim_id = excluded.claim_id,
                            lease_until = excluded.lease_until, response_status = null, response_location = null,
                            response_etag = null, response_type = null, response_body = null,
                            created_at = now(), expires_at = excluded.expires_at
                        where idempotency_key.expires_at <= now()
                           or (idempotency_key.status = 'IN_PROGRESS' and idempotency_key.lease_until <= now())
                           or (idempotency_key.status = 'IN_PROGRESS'
                               and idempotency_key.created_at <= now() - make_interval(secs => ?)
                               and pg_try_advisory_xact_lock(?,
                                   hashtext(excluded.office || '/' || excluded.idempotency_key)))""",
                claim -> {
                    claim.setString(1, office);
                    claim.setString(2, key);
                    claim.setString(3, fingerprint);
                    claim.setObject(4, claimId);
                    claim.setDouble(5, seconds(config.leaseTimeout()));
                    claim.setDouble(6, seconds(config.ttl()));
                    claim.setDouble(7, CLAIM_GRACE_SECONDS);
                    claim.setInt(8, CLAIM_LOCK_CLASS);
                    return claim.executeUpdate() == 1 ? Optional.of(claimId) : Optional.<UUID>empty();
                });
    }

    /**
     * Marks the key's create as running until its transaction ends, however it ends: commit, rollback, or the
     * connection dropped because the instance died. {@link #tryClaim} takes over a claim whose lock is free.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void holdClaim(String office, String key) {
        entityManager.createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1, hashtext(?2 || '/' || ?3))) "
                + "held")
                .setParameter(1, CLAIM_LOCK_CLASS).setParameter(2, office).setParameter(3, key).getSingleResult();
    }

    /** The key's current row, read outside any transaction like {@link #tryClaim}. */
    Optional<ExistingKey> find(String office, String key) {
        return autocommit("""
                        select fingerprint, status, response_status, response_location, response_etag, response_type,
                            response_body
                        from idempotency_key where office = ? and idempotency_key = ?""", select -> {
            select.setString(1, office);
            select.setString(2, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.<ExistingKey>empty();
                }
                boolean completed = "COMPLETED".equals(row.getString(2));
                StoredResponse response = completed ? new StoredResponse(row.getInt(3), row.getString(4),
                        row.getString(5), row.getString(6), row.getString(7)) : null;
                return Optional.of(new ExistingKey(row.getString(1), completed, response));
            }
        });
    }

    /**
     * @return false when the claim is no longer this one's (taken over after its lease), so the create must roll back
     */
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

    private interface Statement<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    /** One statement on a connection of its own, committed as it runs; fails as the pool and driver do. */
    private <T> T autocommit(String sql, Statement<T> work) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            if (!connection.getAutoCommit()) {
                throw new IllegalStateException("an idempotency claim must run outside a transaction");
            }
            return work.run(statement);
        } catch (SQLException e) {
            throw new PersistenceException("idempotency key statement failed: " + e.getMessage(), e);
        }
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
