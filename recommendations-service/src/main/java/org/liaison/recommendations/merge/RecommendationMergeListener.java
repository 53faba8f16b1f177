package org.liaison.recommendations.merge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.liaison.contracts.AggregateState;
import org.liaison.contracts.AggregateTypes;
import org.liaison.contracts.EventTypes;
import org.liaison.recommendations.common.RecommendationsConfig;
import org.liaison.recommendations.model.Recommendation;
import org.liaison.recommendations.model.RecommendationEvents;
import org.liaison.recommendations.model.RecommendationSet;
import org.liaison.support.merge.ReferenceMoves;
import org.liaison.support.merge.ReferenceRewrites;
import org.liaison.support.outbox.Outbox;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static org.liaison.support.text.Timestamps.now;

/**
 * recommendations-service's answer to organisation merges: its references ({@link ReferenceColumns}) move in
 * batches off the consumer's transaction ({@link ReferenceMoves}), and each set or recommendation changed gets a new
 * version and its {@code recommendation-set.updated} or {@code recommendation.updated} event in the same batch.
 */
@ApplicationScoped
public class RecommendationMergeListener extends ReferenceMoves {

    private final EntityManager entityManager;
    private final Outbox outbox;

    public RecommendationMergeListener(EntityManager entityManager, ReferenceRewrites rewrites, Outbox outbox,
                                       TransactionSynchronizationRegistry transactions, RecommendationsConfig config) {
        super(entityManager, rewrites, ReferenceColumns.ALL, transactions, config.background().batchSize(),
                config.background().pollInterval());
        this.entityManager = entityManager;
        this.outbox = outbox;
    }

    @Override
    protected void announce(Set<ReferenceRewrites.Changed> changed) {
        UUID[] sets = owners(changed, true);
        UUID[] recommendations = owners(changed, false);
        // The new versions in SQL, as the references moved: the entities are read after this, current.
        newVersions("recommendation_set", sets);
        newVersions("recommendation", recommendations);
        outbox.appendAll(EventTypes.RECOMMENDATION_SET_UPDATED, AggregateTypes.RECOMMENDATION_SET,
                RecommendationSet.<RecommendationSet>list("id in ?1", List.of(sets)).stream()
                        .<Supplier<? extends AggregateState>>map(set -> () -> RecommendationEvents.setState(set))
                        .toList());
        // Nothing is pending in this batch (the changes were made in SQL): the states can be read before the flush.
        outbox.appendAll(EventTypes.RECOMMENDATION_UPDATED, AggregateTypes.RECOMMENDATION,
                RecommendationEvents.states(Recommendation.list("id in ?1", List.of(recommendations))).stream()
                        .<Supplier<? extends AggregateState>>map(state -> () -> state).toList());
    }

    private static UUID[] owners(Set<ReferenceRewrites.Changed> changed, boolean sets) {
        return changed.stream().filter(c -> (c.column() == ReferenceColumns.ISSUING) == sets)
                .map(ReferenceRewrites.Changed::owner).distinct().toArray(UUID[]::new);
    }

    /** {@code table} is one of two constants above, never input. */
    private void newVersions(String table, UUID[] ids) {
        if (ids.length > 0) {
            entityManager.createNativeQuery("update " + table + " set version = version + 1, updated_at = ?2"
                    + " where id = any(?1)").setParameter(1, ids).setParameter(2, now()).executeUpdate();
        }
    }
}
