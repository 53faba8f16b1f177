package org.liaison.meetings.merge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.liaison.contracts.AggregateTypes;
import org.liaison.contracts.EventTypes;
import org.liaison.meetings.meeting.Meeting;
import org.liaison.meetings.search.MeetingSearchIndex;
import org.liaison.support.directory.OrganizationMergeListener;
import org.liaison.support.outbox.Outbox;

import java.util.Set;
import java.util.UUID;

import static org.liaison.support.text.Timestamps.now;

/**
 * meetings-service's answer to organisation merges, run by the organisation directory in the transaction that
 * applies the event: references move (or come back), and each meeting changed gets a new version and a
 * {@code meeting.updated} event, so recommendations-service's copy follows, and a new search row.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MeetingMergeListener implements OrganizationMergeListener {

    private final OrganizationRewrites rewrites;
    private final EntityManager entityManager;
    private final Outbox outbox;
    private final MeetingSearchIndex searchIndex;

    public MeetingMergeListener(OrganizationRewrites rewrites, EntityManager entityManager, Outbox outbox,
                                MeetingSearchIndex searchIndex) {
        this.rewrites = rewrites;
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.searchIndex = searchIndex;
    }

    @Override
    public void merged(UUID loserId, UUID winnerId) {
        announce(rewrites.moveAll(loserId));
    }

    @Override
    public void unmerged(UUID loserId, UUID formerWinnerId) {
        announce(rewrites.restoreAll(loserId));
    }

    private void announce(Set<UUID> meetings) {
        for (UUID id : meetings) {
            Meeting meeting = Meeting.findById(id);
            // The references were changed in SQL: reload what this transaction may hold of the meeting.
            entityManager.refresh(meeting);
            meeting.reloadParticipants();
            meeting.updatedAt = now();
            outbox.append(EventTypes.MEETING_UPDATED, AggregateTypes.MEETING, meeting::toState);
            searchIndex.refresh(meeting); // found by the winner's names now
        }
    }
}
