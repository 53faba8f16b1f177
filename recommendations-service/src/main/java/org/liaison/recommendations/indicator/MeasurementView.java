package org.liaison.recommendations.indicator;

import org.liaison.contracts.PartialDate;
import org.liaison.contracts.RecommendationState;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A measurement as the API and the report show it.
 *
 * @param recordedBy the office that recorded it
 * @param withdrawal the entry that withdrew it (by the report's day, in a report); null while it stands
 */
public record MeasurementView(UUID id, BigDecimal value, PartialDate measuredOn, String sourceUrl, String note,
                              UUID recordedBy, Instant recordedAt, Withdrawal withdrawal) {

    /** @param withdraws the measurement it withdraws */
    public record Withdrawal(UUID id, UUID withdraws, String note, UUID recordedBy, Instant recordedAt) {

        static Withdrawal of(RecommendationState.Measurement entry) {
            return new Withdrawal(entry.id(), entry.withdraws(), entry.note(), entry.recordedBy(), entry.recordedAt());
        }
    }

    static MeasurementView of(RecommendationState.Measurement measurement, RecommendationState.Measurement withdrawal) {
        return new MeasurementView(measurement.id(), measurement.value(), measurement.measuredOn(),
                measurement.sourceUrl(), measurement.note(), measurement.recordedBy(), measurement.recordedAt(),
                withdrawal == null ? null : Withdrawal.of(withdrawal));
    }
}
