package org.liaison.recommendations.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.liaison.contracts.PartialDate;
import org.liaison.contracts.RecommendationState;
import org.liaison.support.persistence.PartialDateColumn;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A figure that shows how far a recommendation has got: where it stood (baseline), where it is meant to get
 * (target) and, in {@link IndicatorMeasurement}, what was measured on the way.
 */
@Entity
@Table(name = "recommendation_indicator")
public class RecommendationIndicator extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Raised by every write, a measurement added or withdrawn included, so the ETag covers the measurements. */
    @Version
    public long version;

    @Column(name = "recommendation_id")
    public UUID recommendationId;

    @Column(name = "name_ar")
    public String nameAr;

    @Column(name = "name_en")
    public String nameEn;

    public String unit;

    public BigDecimal baseline;

    @Column(name = "baseline_text")
    @Convert(converter = PartialDateColumn.class)
    public PartialDate baselineDate;

    public BigDecimal target;

    @Column(name = "target_text")
    @Convert(converter = PartialDateColumn.class)
    public PartialDate targetDate;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** A recommendation's indicators, oldest first. */
    public static List<RecommendationIndicator> of(UUID recommendationId) {
        return list("recommendationId = ?1 order by createdAt, id", recommendationId);
    }

    /** As events carry it, with {@code measurements}; its revisions keep it without them. */
    public RecommendationState.Indicator toState(List<RecommendationState.Measurement> measurements) {
        return new RecommendationState.Indicator(id, version, nameAr, nameEn, unit, baseline, baselineDate, target,
                targetDate, measurements);
    }
}
