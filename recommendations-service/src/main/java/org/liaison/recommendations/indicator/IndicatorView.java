package org.liaison.recommendations.indicator;

import org.liaison.contracts.PartialDate;
import org.liaison.contracts.RecommendationState;
import org.liaison.recommendations.model.RecommendationIndicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An indicator as the API shows it.
 *
 * @param latest       the value that stands (see {@link Measurements}); null when nothing was measured
 * @param measurements by the day measured, each with its withdrawal if withdrawn
 */
public record IndicatorView(UUID id, long version, UUID recommendationId, String nameAr, String nameEn, String unit,
                            BigDecimal baseline, PartialDate baselineDate, BigDecimal target, PartialDate targetDate,
                            MeasurementView latest, List<MeasurementView> measurements, Instant createdAt,
                            Instant updatedAt) {

    static IndicatorView of(RecommendationIndicator i, List<RecommendationState.Measurement> entries) {
        return new IndicatorView(i.id, i.version, i.recommendationId, i.nameAr, i.nameEn, i.unit, i.baseline,
                i.baselineDate, i.target, i.targetDate, Measurements.latest(entries), Measurements.byDay(entries),
                i.createdAt, i.updatedAt);
    }
}
