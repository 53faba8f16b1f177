package org.liaison.support.directory;

import java.util.Collection;
import java.util.UUID;

/**
 * What a consuming service does when the names the directory keeps of an organisation ({@code nameAr},
 * {@code nameEn}) change, e.g. on {@code organization.renamed} or {@code .updated}: typically it refreshes what it
 * derived from those names, such as a search document.
 * <p>
 * A service implements this as a CDI bean. {@link OrganizationDirectory#apply} calls every implementation inside
 * the transaction that updates the directory row (for an event, the one that records it in the inbox), only when
 * the state was newer than the row and its names differ from the row's, or the row is new; a redelivered or stale
 * event calls nothing. The row already carries the new names when the method is called. It is called before the
 * {@link OrganizationMergeListener}s of the same change.
 */
public interface OrganizationRenameListener {

    /** @param organizationId the organisation whose names the directory now keeps differently */
    void renamed(UUID organizationId);

    /**
     * Several organisations renamed in one transaction, e.g. by a rebuild of the directory
     * ({@link OrganizationDirectoryReadModel}); one by one unless the service can do better.
     */
    default void renamed(Collection<UUID> organizationIds) {
        organizationIds.forEach(this::renamed);
    }
}
