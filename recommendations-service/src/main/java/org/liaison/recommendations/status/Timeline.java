package org.liaison.recommendations.status;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.liaison.contracts.PartialDate;
import org.liaison.recommendations.common.RecommendationsConfig;
import org.liaison.recommendations.model.EntryKind;
import org.liaison.recommendations.model.Recommendation;
import org.liaison.recommendations.model.RecommendationStatus;
import org.liaison.recommendations.model.TimelineEntry;
import org.liaison.support.problem.ProblemException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.liaison.support.text.Timestamps.now;

/**
 * Adds entries to a recommendation's timeline and keeps its current status in step, in the caller's transaction.
 * Every entry gives the recommendation a new version (through {@code updatedAt}), so events and ETags follow.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Timeline {

    /**
     * What an entry says, apart from the recommendation it belongs to.
     *
     * @param progress for a status change, the percent reported; null when the report does not say
     *                 ({@link Progress#after} decides what the entry records)
     */
    public record Report(EntryKind kind, RecommendationStatus status, PartialDate date, String note, UUID reportedBy,
                         List<UUID> meetingIds, List<String> sourceUrls, String subject, UUID retracts,
                         Integer progress) {

        public Report(EntryKind kind, RecommendationStatus status, PartialDate date, String note, UUID reportedBy,
                      List<UUID> meetingIds, List<String> sourceUrls, String subject, UUID retracts) {
            this(kind, status, date, note, reportedBy, meetingIds, sourceUrls, subject, retracts, null);
        }

        public Report(EntryKind kind, RecommendationStatus status, PartialDate date, String note, UUID reportedBy,
                      List<UUID> meetingIds, List<String> sourceUrls, String subject) {
            this(kind, status, date, note, reportedBy, meetingIds, sourceUrls, subject, null, null);
        }
    }

    private final RecommendationsConfig config;

    public Timeline(RecommendationsConfig config) {
        this.config = config;
    }

    /**
     * Whether the timeline holds {@code liaison.recommendations.timeline-max} status changes; evidence does not count.
     */
    public boolean full(Recommendation recommendation) {
        return TimelineEntry.count("recommendationId = ?1 and kind = ?2", recommendation.id, EntryKind.STATUS_CHANGE)
                >= config.timelineMax();
    }

    /** Whether the timeline holds {@code liaison.recommendations.evidence-max} evidence entries and retractions. */
    public boolean evidenceFull(Recommendation recommendation) {
        return TimelineEntry.count("recommendationId = ?1 and kind <> ?2", recommendation.id, EntryKind.STATUS_CHANGE)
                >= config.evidenceMax();
    }

    /**
     * @throws ProblemException 409 when the timeline holds {@code liaison.recommendations.timeline-max} status changes
     *                          (for a status change) or {@code evidence-max} evidence entries (for evidence)
     * @throws ProblemException 422 naming {@code progress} when it contradicts the status ({@link Progress#after})
     */
    public TimelineEntry add(Recommendation recommendation, Report report) {
        return add(recommendation, report, UUID.randomUUID());
    }

    /**
     * @throws ProblemException 409 when the timeline holds {@code liaison.recommendations.timeline-max} status changes
     *                          (for a status change) or {@code evidence-max} evidence entries (for evidence)
     */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = ProblemException.class)
    public void requireRoom(Recommendation recommendation, EntryKind kind) {
        if (kind == EntryKind.STATUS_CHANGE && full(recommendation)) {
            throw ProblemException.conflict("the timeline of recommendation " + recommendation.id + " is full ("
                    + config.timelineMax() + " status changes)", Map.of("timelineMax", config.timelineMax()));
        }
        if (kind != EntryKind.STATUS_CHANGE && evidenceFull(recommendation)) {
            throw ProblemException.conflict("the timeline of recommendation " + recommendation.id + " holds "
                    + config.evidenceMax() + " evidence entries", Map.of("evidenceMax", config.evidenceMax()));
        }
    }

    /** The ids of the entries that entries among {@code entries} retract. */
    public static Set<UUID> retracted(List<? extends TimelineEntry> entries) {
        Set<UUID> ids = new HashSet<>();
        entries.stream().filter(e -> e.retracts != null).forEach(e -> ids.add(e.retracts));
        return ids;
    }

    public TimelineEntry add(Recommendation recommendation, Report report, UUID entryId) {
        requireRoom(recommendation, report.kind());
        TimelineEntry entry = new TimelineEntry();
        entry.id = entryId;
        entry.recommendationId = recommendation.id;
        entry.kind = report.kind();
        entry.status = report.kind() == EntryKind.STATUS_CHANGE ? report.status() : recommendation.status;
        entry.date(report.date());
        entry.note = report.note();
        entry.reportedBy = report.reportedBy();
        entry.meetingIds = new ArrayList<>(report.meetingIds());
        entry.sourceUrls = new ArrayList<>(report.sourceUrls());
        entry.recordedAt = now();
        entry.recordedBySubject = report.subject();
        entry.retracts = report.retracts();
        if (report.kind() == EntryKind.STATUS_CHANGE) {
            entry.progress = Progress.after(entry.status, report.progress(), recommendation.progress);
            recommendation.progress = entry.progress;
        }
        entry.persist();
        recommendation.status = entry.status;
        recommendation.updatedAt = entry.recordedAt;
        return entry;
    }
}
