package org.liaison.recommendations.merge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.liaison.contracts.EventTypes;
import org.liaison.contracts.EventTypes;
import org.liaison.recommendations.events.RecommendationEvents;
import org.liaison.recommendations.recommendation.Recommendation;
import org.liaison.recommendations.set.RecommendationSet;
import org.liaison.support.directory.OrganizationMergeListener;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import static org.liaison.support.text.Timestamps.now;

/**
 * recommendations-service's answer to organisation merges, run by the organisation directory in the transaction
 * that applies the event: references move (or come back), and each set or recommendation changed gets a new
 * version and an event.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RecommendationMergeListener implements OrganizationMergeListener {

    private final OrganizationRewrites rewrites;
    private final EntityManager entityManager;
    private final RecommendationEvents events;

    public RecommendationMergeListener(OrganizationRewrites rewrites, EntityManager entityManager,
                                       RecommendationEvents events) {
        this.rewrites = rewrites;
        this.entityManager = entityManager;
        this.events = events;
    }

    @Override
    public void merged(UUID loserId, UUID winnerId) {
        announce(rewrites.moveAll(loserId));
    }

    @Override
    public void unmerged(UUID loserId, UUID formerWinnerId) {
        announce(rewrites.restoreAll(loserId));
    }

    private void announce(Set<OrganizationRewrites.Changed> changed) {
        Set<UUID> sets = new LinkedHashSet<>();
        Set<UUID> recommendations = new LinkedHashSet<>();
        for (OrganizationRewrites.Changed c : changed) {
            (c.column().aggregate() == ReferenceColumn.Aggregate.SET ? sets : recommendations).add(c.rowId());
        }
        for (UUID id : sets) {
            RecommendationSet set = RecommendationSet.findById(id);
            // The references were changed in SQL: reload what this transaction may hold.
            entityManager.refresh(set);
            set.updatedAt = now();
            events.set(EventTypes.RECOMMENDATION_SET_UPDATED, set);
        }
        for (UUID id : recommendations) {
            Recommendation recommendation = Recommendation.findById(id);
            entityManager.refresh(recommendation);
            recommendation.updatedAt = now();
            events.recommendation(EventTypes.RECOMMENDATION_UPDATED, recommendation);
        }
    }
}
