package org.liaison.meetings.search;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.liaison.support.background.BackgroundQueue;
import org.liaison.support.text.Timestamps;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rewrites the search rows of the meetings naming a renamed organisation, off the consumer's path: the consumer only
 * queues the organisation ({@link #request}, one row, milliseconds), and a worker thread rewrites its meetings in
 * batches of their own transactions, in id order, recording after each batch where it got to, so that a restart
 * resumes there and a newer rename of the same organisation starts it over. Several instances share the queue: each
 * organisation is worked on by one of them at a time (a transaction-scoped advisory lock).
 */
@ApplicationScoped
public class SearchRefreshQueue extends BackgroundQueue {

    private static final UUID BEFORE_ALL = new UUID(0, 0);
    /** The advisory-lock namespace of this queue (any fixed int; the second key is the organisation's hash). */
    private static final int LOCK_CLASS = 0x5EA4C4;

    /** One organisation's progress, as {@code GET /admin/search-refresh} shows it. */
    public record Progress(UUID organizationId, OffsetDateTime requestedAt, int refreshed, long meetings) {
    }

    private record Claim(UUID organizationId, OffsetDateTime requestedAt, UUID afterMeeting) {
    }

    private final EntityManager entityManager;
    private final MeetingSearchIndex index;
    private final int batchSize;
    private final AtomicLong pending = new AtomicLong();

    public SearchRefreshQueue(EntityManager entityManager, MeetingSearchIndex index,
                              TransactionSynchronizationRegistry transactions, MeterRegistry registry,
                              @ConfigProperty(name = "liaison.meetings.background.batch-size") int batchSize,
                              @ConfigProperty(name = "liaison.meetings.background.poll-interval")
                              Duration pollInterval) {
        super("search-refresh", pollInterval, transactions);
        this.entityManager = entityManager;
        this.index = index;
        this.batchSize = batchSize;
        Gauge.builder("liaison.meetings.search.refresh.pending", pending, AtomicLong::get)
                .description("Organisations whose meetings' search rows wait to be rewritten after a rename")
                .register(registry);
    }

    /**
     * Queues the organisations, in the caller's transaction; the worker starts when it commits. A queued
     * organisation starts over from its first meeting.
     */
    public void request(Collection<UUID> organizationIds) {
        entityManager.createNativeQuery("""
                        insert into search_refresh (organization_id, requested_at)
                        select o, clock_timestamp() from unnest(cast(?1 as uuid[])) o order by o
                        on conflict (organization_id) do update set requested_at = excluded.requested_at,
                            after_meeting = null, refreshed = 0""")
                .setParameter(1, organizationIds.toArray(UUID[]::new)).executeUpdate();
        wakeUpAfterCommit();
    }

    /** What is queued, oldest request first, with how many meetings name each organisation. */
    public List<Progress> progress() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery("""
                            select r.organization_id, r.requested_at, r.refreshed,
                                   (select count(*) from (select id from meeting where organizer_id = r.organization_id
                                        union select meeting_id from meeting_participant
                                        where organization_id = r.organization_id
                                           or on_behalf_of_id = r.organization_id) n)
                            from search_refresh r order by r.requested_at, r.organization_id""")
                    .getResultList();
            return rows.stream().map(r -> new Progress((UUID) r[0], Timestamps.fromDatabase(r[1]),
                    ((Number) r[2]).intValue(), ((Number) r[3]).longValue())).toList();
        });
    }

    /** Rewrites the next batch of the oldest queued organisation's meetings. */
    @Override
    protected boolean runOneBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Claim claim = claim();
            if (claim == null) {
                return false;
            }
            List<UUID> meetings = meetingsNaming(claim.organizationId(), claim.afterMeeting());
            index.refreshAll(meetings, false);
            // Only if no newer rename came meanwhile: that one reset the row, and its refresh starts over.
            if (meetings.size() < batchSize) {
                entityManager.createNativeQuery(
                                "delete from search_refresh where organization_id = ?1 and requested_at = ?2")
                        .setParameter(1, claim.organizationId()).setParameter(2, claim.requestedAt()).executeUpdate();
            } else {
                entityManager.createNativeQuery("""
                                update search_refresh set after_meeting = ?3, refreshed = refreshed + ?4
                                where organization_id = ?1 and requested_at = ?2""")
                        .setParameter(1, claim.organizationId()).setParameter(2, claim.requestedAt())
                        .setParameter(3, meetings.get(meetings.size() - 1)).setParameter(4, meetings.size())
                        .executeUpdate();
            }
            return true;
        });
    }

    /** The oldest queued organisation no other instance is working on, locked for this transaction; null if none. */
    private Claim claim() {
        @SuppressWarnings("unchecked")
        List<Object[]> queued = entityManager.createNativeQuery("""
                        select organization_id, requested_at, after_meeting from search_refresh
                        order by requested_at limit 20""").getResultList();
        pending.set(((Number) entityManager.createNativeQuery("select count(*) from search_refresh")
                .getSingleResult()).longValue());
        for (Object[] row : queued) {
            UUID organization = (UUID) row[0];
            boolean locked = (Boolean) entityManager.createNativeQuery(
                            "select pg_try_advisory_xact_lock(?1, hashtext(cast(?2 as text)))")
                    .setParameter(1, LOCK_CLASS).setParameter(2, organization.toString()).getSingleResult();
            if (locked) {
                return new Claim(organization, Timestamps.fromDatabase(row[1]), (UUID) row[2]);
            }
        }
        return null;
    }

    private List<UUID> meetingsNaming(UUID organization, UUID after) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery("""
                        select id from (
                            (select id from meeting where organizer_id = ?1 and id > ?2 order by id limit ?3)
                            union (select meeting_id from meeting_participant
                                   where organization_id = ?1 and meeting_id > ?2 order by meeting_id limit ?3)
                            union (select meeting_id from meeting_participant
                                   where on_behalf_of_id = ?1 and meeting_id > ?2 order by meeting_id limit ?3)) x
                        order by id limit ?3""")
                .setParameter(1, organization).setParameter(2, after == null ? BEFORE_ALL : after)
                .setParameter(3, batchSize).getResultList();
        return ids;
    }
}
