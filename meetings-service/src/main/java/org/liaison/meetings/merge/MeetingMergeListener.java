package org.liaison.meetings.merge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.liaison.meetings.search.MeetingSearchIndex;
import org.liaison.support.merge.ReferenceMoves;
import org.liaison.support.merge.ReferenceRewrites;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * meetings-service's answer to organisation merges: its references ({@link ReferenceColumns}) move in batches off
 * the consumer's transaction ({@link ReferenceMoves}), and the meetings changed are queued to get a new version, a
 * {@code meeting.updated} event (so recommendations-service's copy follows; {@link MergeAnnouncements}), their search
 * rows rewritten in the batch that moved them.
 */
@ApplicationScoped
public class MeetingMergeListener extends ReferenceMoves {

    private final MergeAnnouncements announcements;
    private final MeetingSearchIndex searchIndex;

    public MeetingMergeListener(EntityManager entityManager, ReferenceRewrites rewrites,
                                MergeAnnouncements announcements, MeetingSearchIndex searchIndex,
                                TransactionSynchronizationRegistry transactions,
                                @ConfigProperty(name = "liaison.meetings.background.batch-size") int batchSize,
                                @ConfigProperty(name = "liaison.meetings.background.poll-interval") Duration poll) {
        super(entityManager, rewrites, ReferenceColumns.ALL, transactions, batchSize, poll);
        this.announcements = announcements;
        this.searchIndex = searchIndex;
    }

    /**
     * The meetings' search rows are rewritten in the batch that moved their references (found by the winner's names
     * as soon as it commits); their new versions and events follow, each meeting once however many of its references
     * moved, once no organisation's references are moving any more.
     */
    @Override
    protected void announce(Set<ReferenceRewrites.Changed> changed) {
        List<UUID> meetings = changed.stream().map(ReferenceRewrites.Changed::owner).distinct().toList();
        searchIndex.refreshAll(meetings, true);
        announcements.request(meetings);
    }

    @Override
    protected void finished(UUID loser) {
        announcements.resumeAfterCommit();
    }
}
