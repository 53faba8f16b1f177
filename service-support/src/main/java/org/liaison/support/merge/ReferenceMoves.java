package org.liaison.support.merge;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.liaison.support.background.BackgroundQueue;
import org.liaison.support.directory.OrganizationMergeListener;
import org.liaison.support.text.Timestamps;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A service's answer to organisation merges, off the consumer's transaction: the directory's consumer tells it of a
 * merge or its undoing, and it queues a job ({@code reference_job}, one row); batches of their own transactions then
 * move (or give back) up to a batch of references each through the journal ({@link ReferenceRewrites}), let the
 * service announce the aggregates changed ({@link #announce}) and drop the job once nothing is left. So a merge of an
 * organisation named by tens of thousands of rows holds up neither its partition nor the transaction timeout. One
 * organisation's jobs run in the order they came, so an unmerge never overtakes its merge; until a job is done, its
 * rows name the loser or the winner, each as it stands (both resolve to the same organisation).
 * <p>
 * A service subclasses this as an application-scoped bean, naming its reference columns and what a change announces.
 */
public abstract class ReferenceMoves extends BackgroundQueue implements OrganizationMergeListener {

    private final EntityManager entityManager;
    private final ReferenceRewrites rewrites;
    private final List<ReferenceColumn> columns;
    private final int batchSize;

    protected ReferenceMoves(EntityManager entityManager, ReferenceRewrites rewrites, List<ReferenceColumn> columns,
                             TransactionSynchronizationRegistry transactions, int batchSize, Duration pollInterval) {
        super("reference-moves", pollInterval, transactions);
        this.entityManager = entityManager;
        this.rewrites = rewrites;
        this.columns = List.copyOf(columns);
        this.batchSize = batchSize;
    }

    /**
     * For the client proxy CDI makes of a subclass (which declares only its injecting constructor: with a second
     * one, CDI would build the bean with the no-argument one); never a working queue.
     */
    protected ReferenceMoves() {
        this.entityManager = null;
        this.rewrites = null;
        this.columns = List.of();
        this.batchSize = 0;
    }

    /**
     * Announces the aggregates whose references a batch moved (a new version and an event each, a read model's
     * row), in the batch's transaction, after the references changed.
     */
    protected abstract void announce(Set<ReferenceRewrites.Changed> changed);

    /**
     * A queued job: moving an organisation's references to its winner ({@code move}) or giving them back
     * ({@code restore}), with the references still to do (to the loser, for a move; in its journal, for a restore).
     */
    public record Job(long seq, UUID organizationId, String kind, OffsetDateTime requestedAt, long remaining) {
    }

    /** The queued jobs, oldest first, for operators ({@code GET /admin/merge-jobs}). */
    public List<Job> jobs() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery(
                    "select seq, loser_id, kind, requested_at from reference_job order by seq").getResultList();
            List<Job> jobs = new ArrayList<>();
            for (Object[] row : rows) {
                UUID loser = (UUID) row[1];
                String kind = (String) row[2];
                jobs.add(new Job(((Number) row[0]).longValue(), loser, kind,
                        Timestamps.fromDatabase(row[3]), remaining(loser, kind)));
            }
            return jobs;
        });
    }

    private long remaining(UUID loser, String kind) {
        if ("restore".equals(kind)) {
            return ((Number) entityManager.createNativeQuery(
                            "select count(*) from organization_rewrite where loser_id = ?1")
                    .setParameter(1, loser).getSingleResult()).longValue();
        }
        long remaining = 0;
        for (ReferenceColumn column : columns) {
            remaining += ((Number) entityManager.createNativeQuery(column.countReferring()).setParameter(1, loser)
                    .getSingleResult()).longValue();
        }
        return remaining;
    }

    /** Called in the transaction that ends a job, when nothing is left to move (or give back) for {@code loser}. */
    protected void finished(UUID loser) {
    }

    /** Queues moving {@code loserId}'s references to where it resolves, in the directory's transaction. */
    @Override
    public void merged(UUID loserId, UUID winnerId) {
        request(loserId, "move");
    }

    /** Queues giving {@code loserId} back the references its merge moved, in the directory's transaction. */
    @Override
    public void unmerged(UUID loserId, UUID formerWinnerId) {
        request(loserId, "restore");
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
                            where not exists (select 1 from reference_job o where o.loser_id = j.loser_id
                                and o.seq < j.seq)
                            order by j.seq limit 1 for update skip locked""").getResultList();
            if (jobs.isEmpty()) {
                return false;
            }
            long seq = ((Number) jobs.get(0)[0]).longValue();
            UUID loser = (UUID) jobs.get(0)[1];
            Set<ReferenceRewrites.Changed> changed = new LinkedHashSet<>();
            boolean more = "move".equals(jobs.get(0)[2])
                    ? changed.addAll(rewrites.moveSome(columns, loser, batchSize))
                    : rewrites.restoreSome(columns, loser, batchSize, changed);
            if (!changed.isEmpty()) {
                announce(changed);
            }
            if (!more) {
                entityManager.createNativeQuery("delete from reference_job where seq = ?1").setParameter(1, seq)
                        .executeUpdate();
                finished(loser);
            }
            return true;
        });
    }
}
