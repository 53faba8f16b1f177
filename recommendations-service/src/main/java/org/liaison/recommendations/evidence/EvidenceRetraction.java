package org.liaison.recommendations.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.liaison.contracts.EventTypes;
import org.liaison.recommendations.directory.MeetingVisibility;
import org.liaison.recommendations.model.EntryKind;
import org.liaison.recommendations.model.Recommendation;
import org.liaison.recommendations.model.RecommendationEvents;
import org.liaison.recommendations.model.TimelineEntry;
import org.liaison.recommendations.status.Timeline;
import org.liaison.recommendations.status.TimelineEntryView;
import org.liaison.support.directory.OrganizationDirectory;
import org.liaison.support.problem.Problem;
import org.liaison.support.problem.ProblemException;
import org.liaison.support.security.CurrentActor;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.liaison.support.text.Texts.blankToNull;

/**
 * An owner withdraws an evidence entry: a new {@code evidence_retracted} entry names it, with the same meetings and
 * articles, and {@code recommendation.evidence-retracted} is published; the evidence entry itself stays. It no
 * longer counts as evidence in reports, and the meeting that brought it cannot bring it again.
 */
@ApplicationScoped
@Transactional
public class EvidenceRetraction {

    private final Timeline timeline;
    private final RecommendationEvents events;
    private final EvidenceAuthority authority;
    private final OrganizationDirectory organizations;
    private final CurrentActor actor;
    private final MeetingVisibility visibility;

    public EvidenceRetraction(Timeline timeline, RecommendationEvents events, EvidenceAuthority authority,
                              OrganizationDirectory organizations, CurrentActor actor, MeetingVisibility visibility) {
        this.timeline = timeline;
        this.events = events;
        this.authority = authority;
        this.organizations = organizations;
        this.actor = actor;
        this.visibility = visibility;
    }

    /**
     * @throws ProblemException 404 for no such recommendation or entry of it, 403 unless the actor may report for
     *                          the recommendation, 409 naming {@code entryId} for an entry that is not evidence or
     *                          was retracted already
     */
    public TimelineEntryView retract(UUID id, UUID entryId, String note) {
        Recommendation r = Recommendation.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            throw ProblemException.notFound("recommendation", id);
        }
        requireMayRetract(id, authority.owners(r));
        TimelineEntry evidence = TimelineEntry.findById(entryId);
        if (evidence == null || !evidence.recommendationId.equals(id)) {
            throw ProblemException.notFound("timeline entry of recommendation " + id, entryId);
        }
        if (evidence.kind != EntryKind.EVIDENCE) {
            throw conflict(entryId,
                    "entry " + entryId + " is a " + evidence.kind.code()
                            + ", not evidence: only evidence is retracted");
        }
        if (TimelineEntry.count("retracts", entryId) > 0) {
            throw conflict(entryId, "evidence entry " + entryId + " is retracted already");
        }
        TimelineEntry entry = timeline.add(r, new Timeline.Report(EntryKind.EVIDENCE_RETRACTED, null, null,
                blankToNull(note), actor.office().orElse(null), evidence.meetingIds, evidence.sourceUrls,
                actor.subject().orElse(null), entryId));
        events.recommendation(EventTypes.RECOMMENDATION_EVIDENCE_RETRACTED, r);
        return TimelineEntryView.of(entry, organizations, false, visibility.forCaller());
    }

    private void requireMayRetract(UUID id, List<UUID> owners) {
        if (actor.isAdmin() || (actor.isEditor() && authority.mayReportFor(actor.office().orElse(null), owners))) {
            return;
        }
        throw ProblemException.forbidden("your office may not retract evidence of recommendation " + id
                + ": editors of the offices that report on it (or above them) do");
    }

    private static ProblemException conflict(UUID entryId, String message) {
        return ProblemException.conflict(message, new Problem.FieldError("entryId", message),
                Map.of("entryId", entryId));
    }
}
