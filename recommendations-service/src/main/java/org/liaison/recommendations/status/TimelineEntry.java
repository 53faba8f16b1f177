package org.liaison.recommendations.status;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.liaison.contracts.PartialDate;
import org.liaison.contracts.RecommendationState;
import org.liaison.support.persistence.EnumCodeColumn;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One entry of a recommendation's status timeline; entries are only ever added. */
@Entity
@Table(name = "recommendation_timeline")
public class TimelineEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "recommendation_id")
    public UUID recommendationId;

    @Convert(converter = KindColumn.class)
    public EntryKind kind;

    /** The status reported, or for evidence the status the recommendation had when it was added. */
    @Convert(converter = StatusColumn.class)
    public RecommendationStatus status;

    @Column(name = "date_text")
    String dateText;

    @Column(name = "date_start")
    LocalDate dateStart;

    public String note;

    /** The office that reported it; null for evidence added from another service's event. */
    @Column(name = "reported_by")
    public UUID reportedBy;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "meeting_ids")
    public List<UUID> meetingIds = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "source_urls")
    public List<String> sourceUrls = new ArrayList<>();

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by_subject")
    public String recordedBySubject;

    /** For an {@code evidence_retracted} entry, the evidence entry it withdraws. */
    public UUID retracts;

    public PartialDate date() {
        return dateText == null ? null : PartialDate.parse(dateText);
    }

    public void date(PartialDate date) {
        dateText = date == null ? null : date.toString();
        dateStart = date == null ? null : date.earliest();
    }

    public RecommendationState.Entry toState() {
        return new RecommendationState.Entry(id, kind.code(), status.code(), date(), note, reportedBy,
                List.copyOf(meetingIds), List.copyOf(sourceUrls), recordedAt, retracts);
    }

    /** The first day the reported date may stand for; null when undated. */
    public LocalDate dateStart() {
        return dateStart;
    }

    @Converter
    static class KindColumn extends EnumCodeColumn<EntryKind> {
        KindColumn() {
            super(EntryKind.class);
        }
    }

    @Converter
    static class StatusColumn extends EnumCodeColumn<RecommendationStatus> {
        StatusColumn() {
            super(RecommendationStatus.class);
        }
    }
}
