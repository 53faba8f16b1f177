package org.liaison.recommendations.lineage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.liaison.contracts.EventTypes;
import org.liaison.recommendations.common.Access;
import org.liaison.recommendations.model.EntryKind;
import org.liaison.recommendations.model.LineageLink;
import org.liaison.recommendations.model.LineageRelation;
import org.liaison.recommendations.model.Recommendation;
import org.liaison.recommendations.model.RecommendationEvents;
import org.liaison.recommendations.model.RecommendationSet;
import org.liaison.recommendations.model.RecommendationStatus;
import org.liaison.recommendations.status.StatusLifecycle;
import org.liaison.recommendations.status.Timeline;
import org.liaison.support.persistence.Inserts;
import org.liaison.support.problem.ProblemException;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.liaison.support.text.Texts.blankToNull;
import static org.liaison.support.text.Timestamps.now;

/** The transaction boundary of lineage: a link, a carry-over's status and the event commit together. */
@ApplicationScoped
@Transactional
public class LineageService {

    private final Timeline timeline;
    private final RecommendationEvents events;
    private final Access access;

    public LineageService(Timeline timeline, RecommendationEvents events, Access access) {
        this.timeline = timeline;
        this.events = events;
        this.access = access;
    }

    public LineageView.LinkView link(UUID fromId, LineageRequests.Link request) {
        Recommendation from = Recommendation.findById(fromId, LockModeType.PESSIMISTIC_WRITE);
        if (from == null) {
            throw ProblemException.notFound("recommendation", fromId);
        }
        RecommendationSet fromSet = RecommendationSet.require(from.setId, LockModeType.NONE);
        access.requireMayChangeRecommendation(fromId, fromSet.issuingOrganizationId, from.leadOfficeId);
        if (request.recommendationId().equals(fromId)) {
            throw ProblemException.unprocessable("recommendationId", "a recommendation cannot be linked to itself");
        }
        Recommendation to = Recommendation.findById(request.recommendationId());
        if (to == null) {
            throw ProblemException.unprocessable("recommendationId", "no recommendation " + request.recommendationId());
        }
        RecommendationSet toSet = RecommendationSet.require(to.setId, LockModeType.NONE);
        boolean carryOver = request.relation() == LineageRelation.CARRIED_OVER_TO;
        if (carryOver && toSet.year <= fromSet.year) {
            throw ProblemException.unprocessable("recommendationId", "a recommendation of " + fromSet.year
                    + " is carried over to a later year's, not to one of " + toSet.year);
        }
        if (carryOver) {
            StatusLifecycle.requireAllowed(from.status, RecommendationStatus.CARRIED_OVER);
        }
        if (LineageLink.count("fromId = ?1 and relation = ?2 and toId = ?3", fromId, request.relation(), to.id) > 0) {
            throw ProblemException.conflict("recommendation " + fromId + " is already " + request.relation().code()
                    + " " + to.id, Map.of());
        }
        LineageLink link = new LineageLink();
        link.id = UUID.randomUUID();
        link.fromId = fromId;
        link.relation = request.relation();
        link.toId = to.id;
        link.note = blankToNull(request.note());
        link.createdByOffice = access.actor().office().orElse(null);
        link.createdAt = now();
        persist(link);
        if (carryOver) {
            timeline.add(from, new Timeline.Report(EntryKind.STATUS_CHANGE, RecommendationStatus.CARRIED_OVER,
                    request.date(), link.note, access.reporter(request.reportedBy()), List.of(), List.of(),
                    access.actor().subject().orElse(null)));
            events.recommendation(EventTypes.RECOMMENDATION_CARRIED_OVER, from);
        } else {
            // The link is part of the recommendation's state: a new version and an event.
            from.updatedAt = now();
            events.recommendation(EventTypes.RECOMMENDATION_UPDATED, from);
        }
        return new LineageView.LinkView(link.id, link.relation, "outgoing", LineageView.Summary.of(to, toSet),
                link.note, link.createdAt);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public LineageView lineage(UUID id) {
        Recommendation r = Recommendation.require(id);
        List<LineageView.LinkView> outgoing = LineageLink.<LineageLink>find("fromId = ?1 order by createdAt, id", id)
                .list().stream().map(l -> view(l, "outgoing", l.toId)).toList();
        List<LineageView.LinkView> incoming = LineageLink.<LineageLink>find("toId = ?1 order by createdAt, id", id)
                .list().stream().map(l -> view(l, "incoming", l.fromId)).toList();
        return new LineageView(LineageView.Summary.of(r, RecommendationSet.require(r.setId, LockModeType.NONE)),
                outgoing, incoming);
    }

    private static LineageView.LinkView view(LineageLink link, String direction, UUID otherId) {
        Recommendation other = Recommendation.require(otherId);
        return new LineageView.LinkView(link.id, link.relation, direction,
                LineageView.Summary.of(other, RecommendationSet.require(other.setId, LockModeType.NONE)), link.note,
                link.createdAt);
    }

    /** A concurrent request that made the same link (or a second carry-over) meanwhile: 409, not 500. */
    private static void persist(LineageLink link) {
        try {
            link.persistAndFlush();
        } catch (PersistenceException e) {
            if (Inserts.violates(e, "recommendation_link_unique")
                    || Inserts.violates(e, "recommendation_carried_over_once")) {
                throw ProblemException.conflict("that link was made meanwhile", Map.of());
            }
            throw e;
        }
    }
}
