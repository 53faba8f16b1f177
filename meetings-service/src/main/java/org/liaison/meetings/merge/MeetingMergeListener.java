package org.liaison.meetings.merge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.liaison.support.directory.OrganizationMergeListener;

import java.util.UUID;

/**
 * meetings-service's answer to organisation merges, run by the organisation directory in the transaction that
 * applies the event: it queues the move of the references (or their return, {@link ReferenceMoves}), which then
 * queues the meetings changed to get a new version, a {@code meeting.updated} event (so recommendations-service's
 * copy follows) and a new search row ({@link MergeAnnouncements}), so that a merge of an organisation named by tens
 * of thousands of meetings holds up neither its partition nor the transaction timeout.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MeetingMergeListener implements OrganizationMergeListener {

    private final ReferenceMoves moves;

    public MeetingMergeListener(ReferenceMoves moves) {
        this.moves = moves;
    }

    @Override
    public void merged(UUID loserId, UUID winnerId) {
        moves.requestMove(loserId);
    }

    @Override
    public void unmerged(UUID loserId, UUID formerWinnerId) {
        moves.requestRestore(loserId);
    }
}
