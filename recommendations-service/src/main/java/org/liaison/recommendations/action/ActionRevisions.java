package org.liaison.recommendations.action;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.liaison.contracts.EventJson;
import org.liaison.contracts.RecommendationState;
import org.liaison.recommendations.model.RecommendationAction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every action as each write left it ({@code recommendation_action_revision}), so that a report as of a past day
 * shows the actions as they stood then: actions change in place, the timeline's way of adding entries does not fit
 * them.
 */
@ApplicationScoped
public class ActionRevisions {

    private final EntityManager entityManager;

    public ActionRevisions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Records the action as it now is; after a flush, so its version is the one just written. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(RecommendationAction action) {
        entityManager.flush();
        entityManager.createNativeQuery("""
                        insert into recommendation_action_revision (action_id, version, recommendation_id, state,
                            recorded_at)
                        values (?1, ?2, ?3, cast(?4 as jsonb), ?5)""")
                .setParameter(1, action.id).setParameter(2, action.version).setParameter(3, action.recommendationId)
                .setParameter(4, json(action.toState())).setParameter(5, action.updatedAt).executeUpdate();
    }

    /**
     * The actions of each recommendation as they stood before {@code cutoff}, oldest first: each one's last
     * revision recorded by then (an action created later is not there).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, List<RecommendationState.Action>> asOf(Collection<UUID> recommendationIds, Instant cutoff) {
        Map<UUID, List<RecommendationState.Action>> actions = new HashMap<>();
        if (recommendationIds.isEmpty()) {
            return actions;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select recommendation_id, state::text from (
                            select distinct on (action_id) action_id, recommendation_id, state, version,
                                   min(recorded_at) over (partition by action_id) as created
                            from recommendation_action_revision
                            where recommendation_id = any(?1) and recorded_at < ?2
                            order by action_id, version desc) latest
                        order by created, action_id""")
                .setParameter(1, recommendationIds.toArray(UUID[]::new)).setParameter(2, cutoff).getResultList();
        for (Object[] row : rows) {
            actions.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add(read((String) row[1]));
        }
        return actions;
    }

    private static String json(RecommendationState.Action state) {
        try {
            return EventJson.mapper().writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an action's state is always JSON", e);
        }
    }

    private static RecommendationState.Action read(String json) {
        try {
            return EventJson.mapper().readValue(json, RecommendationState.Action.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored action revision is not an action's state", e);
        }
    }
}
