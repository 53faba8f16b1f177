package org.liaison.meetings.merge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.liaison.meetings.search.SearchRefreshQueue;
import org.liaison.support.merge.ReferenceMoves;
import org.liaison.support.merge.ReferenceRewrites;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * meetings-service's answer to organisation merges: its references ({@link ReferenceColumns}) move in batches off
 * the consumer's transaction ({@link ReferenceMoves}), and the meetings changed are queued to get a new version, a
 * {@code meeting.updated} event (so recommendations-service's copy follows) and a new search row
 * ({@link MergeAnnouncements}); the search rows of the loser's meetings are rewritten first, as for a rename.
 */
@ApplicationScoped
public class MeetingMergeListener extends ReferenceMoves {

    private final MergeAnnouncements announcements;
    private final SearchRefreshQueue searchRefresh;

    public MeetingMergeListener(EntityManager entityManager, ReferenceRewrites rewrites,
                                MergeAnnouncements announcements, SearchRefreshQueue searchRefresh,
                                TransactionSynchronizationRegistry transactions,
                                @ConfigProperty(name = "liaison.meetings.background.batch-size") int batchSize,
                                @ConfigProperty(name = "liaison.meetings.background.poll-interval") Duration poll) {
        super(entityManager, rewrites, ReferenceColumns.ALL, transactions, batchSize, poll);
        this.announcements = announcements;
        this.searchRefresh = searchRefresh;
    }

    /**
     * Also queues the rewrite of the loser's meetings' search rows, as for a rename: they are found by the winner's
     * names (those of the organisation a name resolves to) within seconds, long before the last of them has moved.
     */
    @Override
    public void merged(UUID loserId, UUID winnerId) {
        super.merged(loserId, winnerId);
        searchRefresh.request(List.of(loserId));
    }

    /** The same when the merge is undone: meetings that had not moved yet are found by the loser's names again. */
    @Override
    public void unmerged(UUID loserId, UUID formerWinnerId) {
        super.unmerged(loserId, formerWinnerId);
        searchRefresh.request(List.of(loserId));
    }

    @Override
    protected void announce(Set<ReferenceRewrites.Changed> changed) {
        announcements.request(changed.stream().map(ReferenceRewrites.Changed::owner).distinct().toList());
    }
}
