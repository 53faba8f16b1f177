package org.liaison.recommendations.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.liaison.contracts.EventTypes;
import org.liaison.contracts.MeetingState;
import org.liaison.recommendations.directory.MeetingChangeListener;
import org.liaison.recommendations.events.RecommendationEvents;
import org.liaison.recommendations.recommendation.Recommendation;
import org.liaison.recommendations.status.EntryKind;
import org.liaison.recommendations.status.Timeline;

import java.util.List;
import java.util.UUID;

/**
 * A meeting that says it advances a recommendation ({@code MeetingState.advances}) becomes evidence on that
 * recommendation's timeline, once: the (recommendation, meeting) row is inserted first, and only the insert that
 * succeeds adds the entry, so a redelivered event or a later update of the meeting adds nothing. Runs in the
 * transaction that records the meeting event in the inbox.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MeetingEvidence implements MeetingChangeListener {

    private static final Logger LOG = Logger.getLogger(MeetingEvidence.class);

    private final EntityManager entityManager;
    private final Timeline timeline;
    private final RecommendationEvents events;

    public MeetingEvidence(EntityManager entityManager, Timeline timeline, RecommendationEvents events) {
        this.entityManager = entityManager;
        this.timeline = timeline;
        this.events = events;
    }

    @Override
    public void meetingChanged(MeetingState meeting) {
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
            if (timeline.full(recommendation)) {
                LOG.warnf("Timeline of recommendation %s is full; meeting %s not added as evidence", id, meeting.id());
                continue;
            }
            UUID entryId = UUID.randomUUID();
            int inserted = entityManager.createNativeQuery("""
                            insert into meeting_evidence (recommendation_id, meeting_id, entry_id) values (?1, ?2, ?3)
                            on conflict do nothing""")
                    .setParameter(1, id).setParameter(2, meeting.id()).setParameter(3, entryId).executeUpdate();
            if (inserted == 0) {
                continue; // added before
            }
            timeline.add(recommendation, new Timeline.Report(EntryKind.EVIDENCE, null, meeting.date(), null, null,
                    List.of(meeting.id()), List.of(), null), entryId);
            events.recommendation(EventTypes.RECOMMENDATION_EVIDENCE_ADDED, recommendation);
        }
    }
}
