package org.liaison.meetings.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.liaison.support.directory.OrganizationRenameListener;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * A meeting is found by the current names of the organisations taking part: when the directory receives new names
 * ({@code organization.renamed}, {@code .updated}), the transaction that applies the event queues the rewrite of
 * the search rows of the meetings naming the organisation ({@link SearchRefreshQueue}): however many meetings name
 * it, the event is applied in milliseconds and the events after it on its partition do not wait.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RenameRefresh implements OrganizationRenameListener {

    private final SearchRefreshQueue queue;

    public RenameRefresh(SearchRefreshQueue queue) {
        this.queue = queue;
    }

    @Override
    public void renamed(UUID organizationId) {
        queue.request(List.of(organizationId));
    }

    @Override
    public void renamed(Collection<UUID> organizationIds) {
        queue.request(organizationIds);
    }
}
