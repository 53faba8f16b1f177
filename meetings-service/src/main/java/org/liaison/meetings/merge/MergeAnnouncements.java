package org.liaison.meetings.merge;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.liaison.contracts.AggregateState;
import org.liaison.contracts.AggregateTypes;
import org.liaison.contracts.EventTypes;
import org.liaison.meetings.model.Meeting;
import org.liaison.support.background.BackgroundQueue;
import org.liaison.support.outbox.Outbox;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static org.liaison.support.text.Timestamps.now;

/**
 * The meetings whose references a merge or an unmerge moved, announced after the batch that moved them (which also
 * rewrote their search rows) and queued them ({@link #request}): batches of their own transactions give each a new
 * version and a {@code meeting.updated} event (so recommendations-service's copy follows). A meeting queued again
 * before its turn is announced once, in its state at that time. The announcements wait while any organisation's
 * references are moving.
 */
@ApplicationScoped
public class MergeAnnouncements extends BackgroundQueue {

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final int batchSize;

    public MergeAnnouncements(EntityManager entityManager, Outbox outbox,
                              TransactionSynchronizationRegistry transactions,
                              @ConfigProperty(name = "liaison.meetings.background.batch-size") int batchSize,
                              @ConfigProperty(name = "liaison.meetings.background.poll-interval") Duration poll) {
        super("merge-announcements", poll, transactions);
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.batchSize = batchSize;
    }

    /** Queues the meetings, in the caller's transaction; they are announced after it commits. */
    public void request(Collection<UUID> meetings) {
        if (meetings.isEmpty()) {
            return;
        }
        entityManager.createNativeQuery("""
                        insert into meeting_announcement (meeting_id, requested_at)
                        select m, clock_timestamp() from unnest(cast(?1 as uuid[])) m order by m
                        on conflict (meeting_id) do nothing""")
                .setParameter(1, meetings.toArray(UUID[]::new)).executeUpdate();
        wakeUpAfterCommit();
    }

    /** Announces the queued meetings once the references that are moving have moved, in the caller's transaction. */
    public void resumeAfterCommit() {
        wakeUpAfterCommit();
    }

    /** Announces the next batch of queued meetings. */
    @Override
    protected boolean runOneBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            // Not while references are moving: the events announced would set off work in every consumer that
            // slows the moves (and the search rows written with them) down; a job's moves take seconds.
            @SuppressWarnings("unchecked")
            List<UUID> ids = entityManager.createNativeQuery("""
                            select meeting_id from meeting_announcement where not exists (select 1 from reference_job)
                            order by requested_at, meeting_id limit ?1 for update skip locked""")
                    .setParameter(1, batchSize).getResultList();
            if (ids.isEmpty()) {
                return false;
            }
            // The new versions in SQL, not through the entities: a flush would write back every column as read,
            // and the references of these meetings may be moved again (an unmerge) by the time it ran. The
            // meetings are read after this, locked and current.
            entityManager.createNativeQuery("update meeting set version = version + 1, updated_at = ?2 where id = "
                    + "any(?1)")
                    .setParameter(1, ids.toArray(UUID[]::new)).setParameter(2, now()).executeUpdate();
            List<Meeting> meetings = Meeting.readOnly(ids);
            outbox.appendAll(EventTypes.MEETING_UPDATED, AggregateTypes.MEETING,
                    meetings.stream().<Supplier<? extends AggregateState>>map(m -> m::toState).toList());
            entityManager.createNativeQuery("delete from meeting_announcement where meeting_id = any(?1)")
                    .setParameter(1, ids.toArray(UUID[]::new)).executeUpdate();
            return true;
        });
    }
}
