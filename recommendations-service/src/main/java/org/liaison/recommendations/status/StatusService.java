package org.liaison.recommendations.status;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.liaison.contracts.EventTypes;
import org.liaison.recommendations.common.Access;
import org.liaison.recommendations.directory.MeetingVisibility;
import org.liaison.recommendations.directory.References;
import org.liaison.recommendations.model.EntryKind;
import org.liaison.recommendations.model.Recommendation;
import org.liaison.recommendations.model.RecommendationAction;
import org.liaison.recommendations.model.RecommendationEvents;
import org.liaison.recommendations.model.RecommendationStatus;
import org.liaison.recommendations.model.TimelineEntry;
import org.liaison.support.directory.OrganizationDirectory;
import org.liaison.support.problem.ProblemException;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import static org.liaison.support.input.Inputs.distinct;
import static org.liaison.support.input.Inputs.texts;
import static org.liaison.support.text.Texts.blankToNull;

/** The transaction boundary of status reports: the entry, the current status and the event commit together. */
@ApplicationScoped
@Transactional
public class StatusService {

    private final Timeline timeline;
    private final RecommendationEvents events;
    private final References references;
    private final OrganizationDirectory organizations;
    private final Access access;
    private final MeetingVisibility visibility;

    public StatusService(Timeline timeline, RecommendationEvents events, References references,
                         OrganizationDirectory organizations, Access access, MeetingVisibility visibility) {
        this.timeline = timeline;
        this.events = events;
        this.references = references;
        this.organizations = organizations;
        this.access = access;
        this.visibility = visibility;
    }

    public TimelineEntryView report(UUID id, StatusRequests.Report request) {
        // Locked: two reports at once are applied one after the other, each checked against the other's outcome.
        TimelineEntry entry = apply(lock(id), request);
        return TimelineEntryView.of(entry, organizations, false, visibility.forCaller());
    }

    /**
     * Checks a status report on a recommendation locked by the caller and records it with its event. Every check
     * comes before anything is written, and a refused report leaves the transaction as it was: a bulk update
     * ({@link StatusUpdates}) collects each line's problem and only then decides whether to roll back.
     *
     * @throws ProblemException 403 when the caller may not report on it, 409 when the life cycle does not allow
     *                          the change or the timeline is full, 422 naming the field at fault
     */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = ProblemException.class)
    TimelineEntry apply(Recommendation r, StatusRequests.Report request) {
        access.requireMayReport(r);
        if (request.status() == RecommendationStatus.CARRIED_OVER) {
            throw ProblemException.unprocessable("status", "record a carry-over with POST /recommendations/" + r.id
                    + "/lineage {\"relation\": \"carried_over_to\", \"recommendationId\": ...}, which names where it "
                    + "went");
        }
        StatusLifecycle.requireAllowed(r.status, request.status());
        if (request.progress() != null) {
            Progress.requireValid("progress", request.status(), request.progress());
            if (Progress.rollUp(RecommendationAction.of(r.id).stream().map(RecommendationAction::toState).toList())
                    != null) {
                throw ProblemException.unprocessable("progress", "comes from the recommendation's actions; report "
                        + "their progress (PATCH /recommendations/" + r.id + "/actions/{actionId}) instead");
            }
        }
        UUID reporter = access.reporter(request.reportedBy());
        if (request.reportedBy() != null) {
            references.requireOrganization("reportedBy", request.reportedBy());
        }
        List<UUID> meetings = distinct(request.meetingIds());
        for (int i = 0; i < meetings.size(); i++) {
            references.requireMeeting("meetingIds[" + i + "]", meetings.get(i));
        }
        timeline.requireRoom(r, EntryKind.STATUS_CHANGE);
        TimelineEntry entry = timeline.add(r, new Timeline.Report(EntryKind.STATUS_CHANGE, request.status(),
                request.date(), blankToNull(request.note()), reporter, meetings, texts(request.sourceUrls()),
                access.actor().subject().orElse(null), null, request.progress()));
        events.recommendation(EventTypes.RECOMMENDATION_STATUS_CHANGED, r);
        return entry;
    }

    /**
     * The checks {@link #report} makes of the caller, made first (before waiting for what the request names): it
     * may report on the recommendation, and only admins name another reporting office.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireMayReport(UUID id, UUID reportedBy) {
        access.requireMayReport(Recommendation.require(id));
        access.reporter(reportedBy);
    }

    /** Oldest first by the date reported, ties (and undated entries) by when they were recorded. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TimelineEntryView> timeline(UUID id) {
        Recommendation.require(id);
        List<TimelineEntry> entries = RecommendationEvents.timeline(id);
        Set<UUID> retracted = Timeline.retracted(entries);
        Predicate<UUID> visible = visibility.forCaller();
        return entries.stream().map(e -> TimelineEntryView.of(e, organizations, retracted.contains(e.id), visible))
                .toList();
    }

    static Recommendation lock(UUID id) {
        Recommendation r = Recommendation.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            throw ProblemException.notFound("recommendation", id);
        }
        return r;
    }
}
