package org.liaison.recommendations.status;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.liaison.contracts.PartialDate;
import org.liaison.recommendations.common.RecommendationsConfig;
import org.liaison.recommendations.recommendation.Recommendation;
import org.liaison.support.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.liaison.support.text.Timestamps.now;

/**
 * Adds entries to a recommendation's timeline and keeps its current status in step, in the caller's transaction.
 * Every entry gives the recommendation a new version (through {@code updatedAt}), so events and ETags follow.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Timeline {

    /** What an entry says, apart from the recommendation it belongs to. */
    public record Report(EntryKind kind, RecommendationStatus status, PartialDate date, String note, UUID reportedBy,
                         List<UUID> meetingIds, List<String> sourceUrls, String subject) {
    }

    private final RecommendationsConfig config;

    public Timeline(RecommendationsConfig config) {
        this.config = config;
    }

    public boolean full(Recommendation recommendation) {
        return TimelineEntry.count("recommendationId", recommendation.id) >= config.timelineMax();
    }

    /** @throws ProblemException 409 when the timeline holds {@code liaison.recommendations.timeline-max} entries */
    public TimelineEntry add(Recommendation recommendation, Report report) {
        return add(recommendation, report, UUID.randomUUID());
    }

    public TimelineEntry add(Recommendation recommendation, Report report, UUID entryId) {
        if (full(recommendation)) {
            throw ProblemException.conflict("the timeline of recommendation " + recommendation.id + " is full ("
                    + config.timelineMax() + " entries)", Map.of("timelineMax", config.timelineMax()));
        }
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
        entry.persist();
        recommendation.status = entry.status;
        recommendation.updatedAt = entry.recordedAt;
        return entry;
    }
}
