package org.liaison.meetings.merge;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.liaison.support.background.BackgroundQueue;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Moves the references of a merged organisation's meetings to the winner (and back when the merge is undone) off the
 * consumer's transaction: the consumer queues a job ({@link #requestMove}, {@link #requestRestore}; one row) and
 * batches of their own transactions move up to a batch of references each, queue the meetings changed for their
 * announcement ({@link MergeAnnouncements}) and drop the job once nothing is left. One organisation's jobs run in the
 * order they came, so an unmerge never overtakes its merge; until a job is done, its meetings name the loser or the
 * winner, each as it stands (both resolve to the same organisation).
 */
@ApplicationScoped
public class ReferenceMoves extends BackgroundQueue {

    private final EntityManager entityManager;
    private final OrganizationRewrites rewrites;
    private final MergeAnnouncements announcements;
    private final int batchSize;

    public ReferenceMoves(EntityManager entityManager, OrganizationRewrites rewrites, MergeAnnouncements announcements,
                          TransactionSynchronizationRegistry transactions,
                          @ConfigProperty(name = "liaison.meetings.background.batch-size") int batchSize,
                          @ConfigProperty(name = "liaison.meetings.background.poll-interval") Duration poll) {
        super("reference-moves", poll, transactions);
        this.entityManager = entityManager;
        this.rewrites = rewrites;
        this.announcements = announcements;
        this.batchSize = batchSize;
    }

    /** Queues moving {@code loser}'s references to where it resolves, in the caller's transaction. */
    public void requestMove(UUID loser) {
        request(loser, "move");
    }

    /** Queues giving {@code loser} back the references its merge moved, in the caller's transaction. */
    public void requestRestore(UUID loser) {
        request(loser, "restore");
    }

    private void request(UUID loser, String kind) {
        entityManager.createNativeQuery("insert into reference_job (loser_id, kind) values (?1, ?2)")
                .setParameter(1, loser).setParameter(2, kind).executeUpdate();
        wakeUpAfterCommit();
    }

    /** Moves the next batch of references of the oldest job that may run. */
    @Override
    protected boolean runOneBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            // The oldest job of an organisation with no older job, not taken by another instance.
            @SuppressWarnings("unchecked")
            List<Object[]> jobs = entityManager.createNativeQuery("""
                            select j.seq, j.loser_id, j.kind from reference_job j
                            where not exists (select 1 from reference_job o where o.loser_id = j.loser_id and o.seq < j.seq)
                            order by j.seq limit 1 for update skip locked""").getResultList();
            if (jobs.isEmpty()) {
                return false;
            }
            long seq = ((Number) jobs.get(0)[0]).longValue();
            UUID loser = (UUID) jobs.get(0)[1];
            Set<UUID> changed = new LinkedHashSet<>();
            boolean more = "move".equals(jobs.get(0)[2])
                    ? changed.addAll(rewrites.moveSome(loser, batchSize))
                    : rewrites.restoreSome(loser, batchSize, changed);
            announcements.request(changed);
            if (!more) {
                entityManager.createNativeQuery("delete from reference_job where seq = ?1").setParameter(1, seq)
                        .executeUpdate();
            }
            return true;
        });
    }
}
