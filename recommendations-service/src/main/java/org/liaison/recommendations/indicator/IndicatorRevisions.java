package org.liaison.recommendations.indicator;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.liaison.contracts.EventJson;
import org.liaison.contracts.RecommendationState;
import org.liaison.recommendations.model.IndicatorMeasurement;
import org.liaison.recommendations.model.RecommendationIndicator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Every indicator as each write left it ({@code recommendation_indicator_revision}, without its measurements), so
 * that a report as of a past day shows the indicators as they stood then, with the measurements recorded by then
 * (which are only ever added).
 */
@ApplicationScoped
public class IndicatorRevisions {

    private final EntityManager entityManager;

    public IndicatorRevisions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Records the indicator as it now is; after a flush, so its version is the one just written. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(RecommendationIndicator indicator) {
        entityManager.flush();
        entityManager.createNativeQuery("""
                        insert into recommendation_indicator_revision (indicator_id, version, recommendation_id, state,
                            recorded_at)
                        values (?1, ?2, ?3, cast(?4 as jsonb), ?5)""")
                .setParameter(1, indicator.id).setParameter(2, indicator.version)
                .setParameter(3, indicator.recommendationId).setParameter(4, json(indicator.toState(List.of())))
                .setParameter(5, indicator.updatedAt).executeUpdate();
    }

    /**
     * The indicators of each recommendation as they stood before {@code cutoff}, oldest first: each one's last
     * revision recorded by then (one created later is not there), with the measurements recorded by then in the
     * order recorded.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, List<RecommendationState.Indicator>> asOf(Collection<UUID> recommendationIds, Instant cutoff) {
        Map<UUID, List<RecommendationState.Indicator>> indicators = new HashMap<>();
        if (recommendationIds.isEmpty()) {
            return indicators;
        }
        UUID[] ids = recommendationIds.toArray(UUID[]::new);
        Map<UUID, List<RecommendationState.Measurement>> measurements = IndicatorMeasurement
                .<IndicatorMeasurement>list("recommendationId in ?1 and recordedAt < ?2 order by recordedAt, id",
                        List.of(ids), cutoff)
                .stream().collect(Collectors.groupingBy(m -> m.indicatorId,
                        Collectors.mapping(IndicatorMeasurement::toState, Collectors.toList())));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select recommendation_id, state::text from (
                            select distinct on (indicator_id) indicator_id, recommendation_id, state, version,
                                   min(recorded_at) over (partition by indicator_id) as created
                            from recommendation_indicator_revision
                            where recommendation_id = any(?1) and recorded_at < ?2
                            order by indicator_id, version desc) latest
                        order by created, indicator_id""")
                .setParameter(1, ids).setParameter(2, cutoff).getResultList();
        for (Object[] row : rows) {
            RecommendationState.Indicator indicator = read((String) row[1]);
            indicators.computeIfAbsent((UUID) row[0], k -> new ArrayList<>())
                    .add(indicator.withMeasurements(measurements.getOrDefault(indicator.id(), List.of())));
        }
        return indicators;
    }

    private static String json(RecommendationState.Indicator state) {
        try {
            return EventJson.mapper().writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an indicator's state is always JSON", e);
        }
    }

    private static RecommendationState.Indicator read(String json) {
        try {
            return EventJson.mapper().readValue(json, RecommendationState.Indicator.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored indicator revision is not an indicator's state", e);
        }
    }
}
