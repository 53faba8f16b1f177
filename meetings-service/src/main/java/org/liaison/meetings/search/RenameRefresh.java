package org.liaison.meetings.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.liaison.support.directory.OrganizationRenameListener;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * A meeting is found by the current names of the organisations taking part: when the directory receives new names
 * ({@code organization.renamed}, {@code .updated}), the search rows of the meetings naming the organisation are
 * rewritten in the transaction that applies the event.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RenameRefresh implements OrganizationRenameListener {

    private final MeetingSearchIndex index;

    public RenameRefresh(MeetingSearchIndex index) {
        this.index = index;
    }

    @Override
    public void renamed(UUID organizationId) {
        index.refreshNaming(List.of(organizationId));
    }

    @Override
    public void renamed(Collection<UUID> organizationIds) {
        index.refreshNaming(organizationIds);
    }
}
