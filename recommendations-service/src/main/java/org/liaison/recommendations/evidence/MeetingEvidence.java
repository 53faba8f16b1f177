package org.liaison.recommendations.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.liaison.contracts.EventTypes;
import org.liaison.contracts.MeetingState;
import org.liaison.recommendations.directory.EventActor;
import org.liaison.recommendations.directory.MeetingChangeListener;
import org.liaison.recommendations.model.EntryKind;
import org.liaison.recommendations.model.Recommendation;
import org.liaison.recommendations.model.RecommendationEvents;
import org.liaison.recommendations.status.Timeline;

import java.util.List;
import java.util.UUID;

/**
 * A meeting that says it advances a recommendation ({@code MeetingState.advances}) becomes evidence on that
 * recommendation's timeline, once, if the office whose request made the claim may report for the recommendation
 * ({@link EvidenceAuthority}; the event's {@code actoroffice} and {@code actorrole}). The claim is decided by the
 * first event that makes it: a (recommendation, meeting) row records the outcome, added or refused, so a
 * redelivered event or a later update of the meeting (by whoever) changes nothing. Runs in the transaction that
 * records the meeting event in the inbox.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MeetingEvidence implements MeetingChangeListener {

    private static final Logger LOG = Logger.getLogger(MeetingEvidence.class);

    private final EntityManager entityManager;
    private final Timeline timeline;
    private final RecommendationEvents events;
    private final EvidenceAuthority authority;

    public MeetingEvidence(EntityManager entityManager, Timeline timeline, RecommendationEvents events,
                           EvidenceAuthority authority) {
        this.entityManager = entityManager;
        this.timeline = timeline;
        this.events = events;
        this.authority = authority;
    }

    @Override
    public void meetingChanged(MeetingState meeting, EventActor actor) {
        if ("cancelled".equals(meeting.status())) {
            return; // a meeting called off advances nothing
        }
        for (UUID id : meeting.advances().stream().distinct().toList()) {
            Recommendation recommendation = Recommendation.findById(id, LockModeType.PESSIMISTIC_WRITE);
            if (recommendation == null) {
                // Another service's data may name what this one never had; that is no reason to stop the topic.
                LOG.warnf("Meeting %s advances recommendation %s, which is not recorded here", meeting.id(), id);
                continue;
            }
            if (decided(id, meeting.id())) {
                continue; // added or refused before
            }
            String refusal = refusal(actor, authority.owners(recommendation));
            if (refusal != null) {
                LOG.warnf("Meeting %s is not added as evidence to recommendation %s: %s", meeting.id(), id, refusal);
                record(id, meeting.id(), null, refusal, actor);
                continue;
            }
            if (timeline.evidenceFull(recommendation)) {
                LOG.warnf("Timeline of recommendation %s holds all the evidence it may; meeting %s not added", id,
                        meeting.id());
                continue;
            }
            UUID entryId = UUID.randomUUID();
            if (!record(id, meeting.id(), entryId, null, actor)) {
                continue;
            }
            timeline.add(recommendation, new Timeline.Report(EntryKind.EVIDENCE, null, meeting.date(), null, null,
                    List.of(meeting.id()), List.of(), null), entryId);
            events.recommendation(EventTypes.RECOMMENDATION_EVIDENCE_ADDED, recommendation);
        }
    }

    /** Why the actor may not add evidence to a recommendation reported on by {@code owners}; null when it may. */
    private String refusal(EventActor actor, List<UUID> owners) {
        if (actor.office() == null) {
            return "the event names no office that made the claim";
        }
        if (actor.isAdmin()) {
            return null;
        }
        if (!actor.isEditor()) {
            return "a " + actor.role() + " of office " + actor.office() + " writes no evidence";
        }
        return authority.mayReportFor(actor.office(), owners) ? null
                : "office " + actor.office() + " does not report for it (it is reported on by " + owners + ")";
    }

    private boolean decided(UUID recommendation, UUID meeting) {
        return !entityManager.createNativeQuery(
                        "select 1 from meeting_evidence where recommendation_id = ?1 and meeting_id = ?2")
                .setParameter(1, recommendation).setParameter(2, meeting).getResultList().isEmpty();
    }

    /** @return whether this call recorded the outcome (false: another got there first) */
    private boolean record(UUID recommendation, UUID meeting, UUID entryId, String refused, EventActor actor) {
        return entityManager.createNativeQuery("""
                        insert into meeting_evidence (recommendation_id, meeting_id, entry_id, refused, actor_office)
                        values (?1, ?2, ?3, ?4, ?5) on conflict do nothing""")
                .setParameter(1, recommendation).setParameter(2, meeting).setParameter(3, entryId)
                .setParameter(4, refused).setParameter(5, actor.office()).executeUpdate() > 0;
    }
}
