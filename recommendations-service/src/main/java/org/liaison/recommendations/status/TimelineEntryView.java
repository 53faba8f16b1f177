package org.liaison.recommendations.status;

import org.liaison.contracts.PartialDate;
import org.liaison.contracts.RecommendationState;
import org.liaison.recommendations.common.OrganizationRef;
import org.liaison.recommendations.model.EntryKind;
import org.liaison.recommendations.model.RecommendationStatus;
import org.liaison.recommendations.model.TimelineEntry;
import org.liaison.support.directory.OrganizationDirectory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * One timeline entry as the API shows it, with the reporting office's current names.
 *
 * @param date       null when undated, and for evidence citing only restricted meetings the reader may not see
 * @param meetingIds the meetings that show it which the reader may see
 * @param meetings   every meeting that shows it, in order; a restricted one the reader may not see only as
 *                   {@code {"meetingId": null, "redacted": true}}
 * @param retracts   for an {@code evidence_retracted} entry, the evidence entry it withdraws
 * @param retracted  for an evidence entry, whether an owner has retracted it since
 * @param progress   for a status change, percent done as of it; null for evidence and when never reported
 */
public record TimelineEntryView(UUID id, UUID recommendationId, EntryKind kind, RecommendationStatus status,
                                PartialDate date, String note, OrganizationRef reportedBy, List<UUID> meetingIds,
                                List<RecommendationState.MeetingRef> meetings, List<String> sourceUrls,
                                Instant recordedAt, UUID retracts, boolean retracted, Integer progress) {

    /** @param visible which meetings the reader may see named ({@code MeetingVisibility#forCaller}) */
    public static TimelineEntryView of(TimelineEntry e, OrganizationDirectory directory, boolean retracted,
                                       Predicate<UUID> visible) {
        TimelineEntry.Shown shown = e.shownTo(visible);
        return new TimelineEntryView(e.id, e.recommendationId, e.kind, e.status, shown.date(), e.note,
                e.reportedBy == null ? null
                        : OrganizationRef.of(e.reportedBy, directory.find(e.reportedBy).orElse(null)),
                shown.meetingIds(), shown.meetings(), List.copyOf(e.sourceUrls), e.recordedAt, e.retracts, retracted,
                e.progress);
    }
}
