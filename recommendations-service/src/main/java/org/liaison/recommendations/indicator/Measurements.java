package org.liaison.recommendations.indicator;

import org.liaison.contracts.RecommendationState;
import org.liaison.recommendations.model.IndicatorMeasurement;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How an indicator's entries read: its measurements by the day measured, each with the withdrawal that names it if
 * one is among the entries; the value that stands is the last of them not withdrawn. A correction is a later
 * measurement of the same day, so among measurements of one day the one recorded last stands.
 */
public final class Measurements {

    private static final Comparator<RecommendationState.Measurement> BY_DAY =
            Comparator.comparing(RecommendationState.Measurement::measuredOn)
                    .thenComparing(RecommendationState.Measurement::recordedAt)
                    .thenComparing(RecommendationState.Measurement::id);

    private Measurements() {
    }

    /** The measurements among {@code entries}, by the day measured, with their withdrawals. */
    public static List<MeasurementView> byDay(List<RecommendationState.Measurement> entries) {
        Map<UUID, RecommendationState.Measurement> withdrawals = entries.stream()
                .filter(e -> IndicatorMeasurement.WITHDRAWAL.equals(e.kind()))
                .collect(Collectors.toMap(RecommendationState.Measurement::withdraws, Function.identity()));
        return entries.stream().filter(e -> IndicatorMeasurement.MEASUREMENT.equals(e.kind())).sorted(BY_DAY)
                .map(m -> MeasurementView.of(m, withdrawals.get(m.id()))).toList();
    }

    /** The value that stands among {@code entries}: the last measurement by day not withdrawn; null for none. */
    public static MeasurementView latest(List<RecommendationState.Measurement> entries) {
        List<MeasurementView> measured = byDay(entries);
        for (int i = measured.size() - 1; i >= 0; i--) {
            if (measured.get(i).withdrawal() == null) {
                return measured.get(i);
            }
        }
        return null;
    }
}
