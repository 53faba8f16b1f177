package org.liaison.meetings.merge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.liaison.support.merge.ReferenceMoves;
import org.liaison.support.merge.ReferenceRewrites;

import java.time.Duration;
import java.util.Set;

/**
 * meetings-service's answer to organisation merges: its references ({@link ReferenceColumns}) move in batches off
 * the consumer's transaction ({@link ReferenceMoves}), and the meetings changed are queued to get a new version, a
 * {@code meeting.updated} event (so recommendations-service's copy follows) and a new search row
 * ({@link MergeAnnouncements}).
 */
@ApplicationScoped
public class MeetingMergeListener extends ReferenceMoves {

    private final MergeAnnouncements announcements;

    public MeetingMergeListener(EntityManager entityManager, ReferenceRewrites rewrites,
                                MergeAnnouncements announcements, TransactionSynchronizationRegistry transactions,
                                @ConfigProperty(name = "liaison.meetings.background.batch-size") int batchSize,
                                @ConfigProperty(name = "liaison.meetings.background.poll-interval") Duration poll) {
        super(entityManager, rewrites, ReferenceColumns.ALL, transactions, batchSize, poll);
        this.announcements = announcements;
    }

    @Override
    protected void announce(Set<ReferenceRewrites.Changed> changed) {
        announcements.request(changed.stream().map(ReferenceRewrites.Changed::owner).distinct().toList());
    }
}
