package org.liaison.recommendations.status;

import org.liaison.contracts.PartialDate;
import org.liaison.recommendations.common.OrganizationRef;
import org.liaison.support.directory.OrganizationDirectory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One timeline entry as the API shows it, with the reporting office's current names. */
public record TimelineEntryView(UUID id, UUID recommendationId, EntryKind kind, RecommendationStatus status,
                                PartialDate date, String note, OrganizationRef reportedBy, List<UUID> meetingIds,
                                List<String> sourceUrls, Instant recordedAt) {

    public static TimelineEntryView of(TimelineEntry e, OrganizationDirectory directory) {
        return new TimelineEntryView(e.id, e.recommendationId, e.kind, e.status, e.date(), e.note,
                e.reportedBy == null ? null : OrganizationRef.of(e.reportedBy, directory.find(e.reportedBy).orElse(null)),
                List.copyOf(e.meetingIds), List.copyOf(e.sourceUrls), e.recordedAt);
    }
}
