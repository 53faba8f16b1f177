package org.liaison.recommendations.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.liaison.contracts.PartialDate;
import org.liaison.contracts.RecommendationState;
import org.liaison.support.persistence.PartialDateColumn;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * An entry of an indicator's measurements, only ever added: a measurement (a value measured on a day), or a
 * withdrawal that names the measurement it withdraws ({@link #withdraws}) and measures nothing.
 */
@Entity
@Table(name = "recommendation_indicator_measurement")
public class IndicatorMeasurement extends PanacheEntityBase {

    public static final String MEASUREMENT = "measurement";
    public static final String WITHDRAWAL = "withdrawal";

    @Id
    public UUID id;

    @Column(name = "indicator_id")
    public UUID indicatorId;

    @Column(name = "recommendation_id")
    public UUID recommendationId;

    public BigDecimal value;

    @Column(name = "measured_text")
    @Convert(converter = PartialDateColumn.class)
    public PartialDate measuredOn;

    @Column(name = "source_url")
    public String sourceUrl;

    public String note;

    @Column(name = "recorded_by")
    public UUID recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    public UUID withdraws;

    /** The entries of the indicators, in the order recorded. */
    public static List<IndicatorMeasurement> of(Collection<UUID> indicatorIds) {
        if (indicatorIds.isEmpty()) {
            return List.of();
        }
        return list("indicatorId in ?1 order by recordedAt, id", indicatorIds);
    }

    public RecommendationState.Measurement toState() {
        return new RecommendationState.Measurement(id, withdraws == null ? MEASUREMENT : WITHDRAWAL, value,
                measuredOn, sourceUrl, note, recordedBy, recordedAt, withdraws);
    }
}
