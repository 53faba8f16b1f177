package org.liaison.recommendations.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.liaison.contracts.PartialDate;
import org.liaison.contracts.RecommendationState;
import org.liaison.support.persistence.EnumCodeColumn;
import org.liaison.support.persistence.PartialDateColumn;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An action (sub-result) that carries a recommendation out; its progress rolls up into the recommendation's. */
@Entity
@Table(name = "recommendation_action")
public class RecommendationAction extends PanacheEntityBase {

    @Id
    public UUID id;

    @Version
    public long version;

    @Column(name = "recommendation_id")
    public UUID recommendationId;

    @Column(name = "title_ar")
    public String titleAr;

    @Column(name = "title_en")
    public String titleEn;

    @Column(name = "lead_office_id")
    public UUID leadOfficeId;

    @Column(name = "due_text")
    @Convert(converter = PartialDateColumn.class)
    public PartialDate dueDate;

    @Convert(converter = StatusColumn.class)
    public ActionStatus status;

    public int progress;

    public int weight;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** A recommendation's actions, oldest first. */
    public static List<RecommendationAction> of(UUID recommendationId) {
        return list("recommendationId = ?1 order by createdAt, id", recommendationId);
    }

    /** As events carry it, and as its revisions keep it. */
    public RecommendationState.Action toState() {
        return new RecommendationState.Action(id, version, titleAr, titleEn, leadOfficeId, dueDate, status.code(),
                progress, weight);
    }

    @Converter
    static class StatusColumn extends EnumCodeColumn<ActionStatus> {
        StatusColumn() {
            super(ActionStatus.class);
        }
    }
}
