package org.liaison.support.directory;

import java.util.UUID;

/**
 * What a consuming service does when an organisation it refers to is merged into another
 * ({@code organization.merged}) or the merge is undone ({@code organization.unmerged}): typically it rewrites
 * its references from the loser to the winner, and back.
 * <p>
 * A service implements this as a CDI bean. {@link OrganizationDirectory#apply} calls every implementation
 * inside the transaction that updates the directory row, which for an event is the transaction that records
 * it in the inbox; so what the listener does there (the services queue the rewrite as a job, see
 * {@link org.liaison.support.merge.ReferenceMoves}) commits exactly when the event counts as applied. It calls them
 * only when the state was newer than the row and its {@code mergedInto} differs from the row's: a redelivered or
 * stale event calls nothing, and a missed {@code organization.merged} is still acted on when a later state of the
 * loser arrives. Whenever a method is called the directory row already carries the new state, so
 * {@link OrganizationDirectory#resolve} answers as after the change.
 */
public interface OrganizationMergeListener {

    /**
     * @param loserId  the organisation that was merged and is no longer to be referred to
     * @param winnerId the organisation it was merged into (itself possibly merged further on: see
     *                 {@link OrganizationDirectory#resolve})
     */
    void merged(UUID loserId, UUID winnerId);

    /**
     * @param loserId        the organisation that stands on its own again
     * @param formerWinnerId the organisation it had been merged into, as the directory row said before
     */
    void unmerged(UUID loserId, UUID formerWinnerId);
}
