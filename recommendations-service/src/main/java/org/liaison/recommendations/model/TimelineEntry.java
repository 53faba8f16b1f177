package org.liaison.recommendations.model;

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
import java.util.function.Predicate;

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

    /**
     * For a status change, percent done (0-100) as reported, or as the change before left it when this one did not
     * say; null for evidence (it reports no progress) and for changes recorded before progress was reported.
     */
    public Integer progress;

    public PartialDate date() {
        return dateText == null ? null : PartialDate.parse(dateText);
    }

    public void date(PartialDate date) {
        dateText = date == null ? null : date.toString();
        dateStart = date == null ? null : date.earliest();
    }

    /** As events carry it: restricted meetings as redacted references ({@link #shownTo}). */
    public RecommendationState.Entry toState(Predicate<UUID> visible) {
        Shown shown = shownTo(visible);
        return new RecommendationState.Entry(id, kind.code(), status.code(), shown.date(), note, reportedBy,
                shown.meetingIds(), List.copyOf(sourceUrls), recordedAt, retracts, shown.meetings(), progress);
    }

    /** The meetings and date of an entry as a reader sees them. */
    public record Shown(List<UUID> meetingIds, List<RecommendationState.MeetingRef> meetings, PartialDate date) {
    }

    /**
     * The entry's meetings as a reader for whom {@code visible} says which may be named: the others become redacted
     * references. Evidence (or its retraction) citing only such meetings shows no date either, since the date is
     * the meeting's.
     */
    public Shown shownTo(Predicate<UUID> visible) {
        List<RecommendationState.MeetingRef> refs = meetingIds.stream()
                .map(m -> visible.test(m) ? RecommendationState.MeetingRef.shown(m)
                        : RecommendationState.MeetingRef.hidden())
                .toList();
        List<UUID> named = refs.stream().filter(r -> !r.redacted()).map(RecommendationState.MeetingRef::meetingId)
                .toList();
        boolean onlyHidden = kind != EntryKind.STATUS_CHANGE && !refs.isEmpty() && named.isEmpty();
        return new Shown(named, refs, onlyHidden ? null : date());
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
