package org.liaison.meetings.merge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.liaison.support.directory.OrganizationMergeListener;

import java.util.UUID;

/**
 * meetings-service's answer to organisation merges, run by the organisation directory in the transaction that
 * applies the event: references move (or come back) in SQL, and the meetings changed are queued to get a new
 * version, a {@code meeting.updated} event (so recommendations-service's copy follows) and a new search row
 * ({@link MergeAnnouncements}), so that a merge of an organisation named by tens of thousands of meetings holds up
 * neither its partition nor the transaction timeout.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MeetingMergeListener implements OrganizationMergeListener {

    private final OrganizationRewrites rewrites;
    private final MergeAnnouncements announcements;

    public MeetingMergeListener(OrganizationRewrites rewrites, MergeAnnouncements announcements) {
        this.rewrites = rewrites;
        this.announcements = announcements;
    }

    @Override
    public void merged(UUID loserId, UUID winnerId) {
        announcements.request(rewrites.moveAll(loserId));
    }

    @Override
    public void unmerged(UUID loserId, UUID formerWinnerId) {
        announcements.request(rewrites.restoreAll(loserId));
    }
}
