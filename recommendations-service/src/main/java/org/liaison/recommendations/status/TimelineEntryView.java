package org.liaison.recommendations.status;

import org.liaison.contracts.PartialDate;
import org.liaison.recommendations.common.OrganizationRef;
import org.liaison.support.directory.OrganizationDirectory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One timeline entry as the API shows it, with the reporting office's current names.
 *
 * @param retracts  for an {@code evidence_retracted} entry, the evidence entry it withdraws
 * @param retracted for an evidence entry, whether an owner has retracted it since
 */
public record TimelineEntryView(UUID id, UUID recommendationId, EntryKind kind, RecommendationStatus status,
                                PartialDate date, String note, OrganizationRef reportedBy, List<UUID> meetingIds,
                                List<String> sourceUrls, Instant recordedAt, UUID retracts, boolean retracted) {

    public static TimelineEntryView of(TimelineEntry e, OrganizationDirectory directory, boolean retracted) {
        return new TimelineEntryView(e.id, e.recommendationId, e.kind, e.status, e.date(), e.note,
                e.reportedBy == null ? null : OrganizationRef.of(e.reportedBy, directory.find(e.reportedBy).orElse(null)),
                List.copyOf(e.meetingIds), List.copyOf(e.sourceUrls), e.recordedAt, e.retracts, retracted);
    }
}
