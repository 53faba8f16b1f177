package org.liaison.recommendations.action;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.liaison.contracts.EventTypes;
import org.liaison.recommendations.common.Access;
import org.liaison.recommendations.common.RecommendationsConfig;
import org.liaison.recommendations.directory.References;
import org.liaison.recommendations.model.ActionStatus;
import org.liaison.recommendations.model.EntryKind;
import org.liaison.recommendations.model.Recommendation;
import org.liaison.recommendations.model.RecommendationAction;
import org.liaison.recommendations.model.RecommendationEvents;
import org.liaison.recommendations.model.TimelineEntry;
import org.liaison.recommendations.model.TimelineOrder;
import org.liaison.recommendations.status.Progress;
import org.liaison.support.directory.OrganizationDirectory;
import org.liaison.support.http.Preconditions;
import org.liaison.support.problem.ProblemException;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.liaison.support.text.Texts.blankToNull;
import static org.liaison.support.text.Timestamps.now;

/**
 * A recommendation's actions: each write stores the action, its revision, the recommendation's rolled-up progress
 * and a {@code recommendation.updated} event in one transaction. Who may report on the recommendation's status
 * manages its actions.
 */
@ApplicationScoped
@Transactional
public class ActionService {

    private final Access access;
    private final References references;
    private final RecommendationEvents events;
    private final ActionRevisions revisions;
    private final OrganizationDirectory organizations;
    private final RecommendationsConfig config;

    public ActionService(Access access, References references, RecommendationEvents events, ActionRevisions revisions,
                         OrganizationDirectory organizations, RecommendationsConfig config) {
        this.access = access;
        this.references = references;
        this.events = events;
        this.revisions = revisions;
        this.organizations = organizations;
        this.config = config;
    }

    /** @throws ProblemException 409 when the recommendation has {@code liaison.recommendations.actions-max} */
    public ActionView add(UUID recommendationId, ActionRequests.Create request) {
        Recommendation r = access.lockMayReport(recommendationId);
        if (RecommendationAction.count("recommendationId", r.id) >= config.actionsMax()) {
            throw ProblemException.conflict("recommendation " + r.id + " has " + config.actionsMax() + " actions",
                    Map.of("actionsMax", config.actionsMax()));
        }
        RecommendationAction a = new RecommendationAction();
        a.id = UUID.randomUUID();
        a.recommendationId = r.id;
        a.titleAr = request.titleAr().strip();
        a.titleEn = blankToNull(request.titleEn());
        a.leadOfficeId = lead(request.leadOfficeId());
        a.dueDate = request.dueDate();
        a.status = request.status() == null ? ActionStatus.PLANNED : request.status();
        a.progress = progress(a.status, request.progress(), 0);
        a.weight = request.weight() == null ? 1 : request.weight();
        a.createdAt = now();
        a.updatedAt = a.createdAt;
        a.persist();
        return written(r, a);
    }

    /** @param ifMatch the ETag of the version of the action the client read */
    public ActionView update(UUID recommendationId, UUID actionId, String ifMatch, ActionRequests.Update request) {
        Recommendation r = access.lockMayReport(recommendationId);
        RecommendationAction a = require(r.id, actionId);
        Preconditions.requireIfMatch(ifMatch, a.version);
        if (request.titleAr() != null) {
            a.titleAr = request.titleAr().strip();
        }
        if (request.titleEn() != null) {
            a.titleEn = blankToNull(request.titleEn());
        }
        if (request.leadOfficeId() != null) {
            a.leadOfficeId = lead(request.leadOfficeId());
        }
        if (request.dueDate() != null) {
            a.dueDate = request.dueDate();
        }
        if (request.status() != null) {
            a.status = request.status();
        }
        a.progress = progress(a.status, request.progress(), a.progress);
        if (request.weight() != null) {
            a.weight = request.weight();
        }
        a.updatedAt = now();
        return written(r, a);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ActionView> list(UUID recommendationId) {
        Recommendation.require(recommendationId);
        return RecommendationAction.of(recommendationId).stream().map(a -> ActionView.of(a, organizations)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ActionView get(UUID recommendationId, UUID actionId) {
        return ActionView.of(require(recommendationId, actionId), organizations);
    }

    /** The checks {@link #add} and {@link #update} make of the caller, made before waiting for the ids named. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireMayReport(UUID recommendationId) {
        access.requireMayReport(Recommendation.require(recommendationId));
    }

    /** The revision, the recommendation's new progress and version, and its event. */
    private ActionView written(Recommendation r, RecommendationAction a) {
        revisions.record(a);
        List<TimelineEntry> changes = TimelineOrder.chronological(TimelineEntry.list(
                "recommendationId = ?1 and kind = ?2", r.id, EntryKind.STATUS_CHANGE));
        Integer lastReported = changes.isEmpty() ? null : changes.get(changes.size() - 1).progress;
        r.progress = Progress.current(r.status, lastReported,
                RecommendationAction.of(r.id).stream().map(RecommendationAction::toState).toList());
        r.updatedAt = a.updatedAt;
        events.recommendation(EventTypes.RECOMMENDATION_UPDATED, r);
        return ActionView.of(a, organizations);
    }


    private UUID lead(UUID requested) {
        if (requested == null) {
            return null;
        }
        List<UUID> path = references.organizationPath("leadOfficeId", requested);
        return path.get(path.size() - 1);
    }

    /** Done is 100 (another figure is 422); otherwise as reported, or as it was. */
    private static int progress(ActionStatus status, Integer reported, int current) {
        if (status == ActionStatus.DONE) {
            if (reported != null && reported != Progress.MAX) {
                throw ProblemException.unprocessable("progress", "a done action is 100 percent done");
            }
            return Progress.MAX;
        }
        return reported != null ? reported : current;
    }

    private static RecommendationAction require(UUID recommendationId, UUID actionId) {
        RecommendationAction a = RecommendationAction.findById(actionId);
        if (a == null || !a.recommendationId.equals(recommendationId)) {
            throw ProblemException.notFound("action", actionId);
        }
        return a;
    }
}
