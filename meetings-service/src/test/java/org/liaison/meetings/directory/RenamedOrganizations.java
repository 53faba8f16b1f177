package org.liaison.meetings.directory;

import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.support.directory.OrganizationRenameListener;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The organisations the directory's rename listeners were told about, for tests to read. */
@ApplicationScoped
public class RenamedOrganizations implements OrganizationRenameListener {

    private final Set<UUID> ids = ConcurrentHashMap.newKeySet();

    @Override
    public void renamed(UUID organizationId) {
        ids.add(organizationId);
    }

    public Set<UUID> ids() {
        return Set.copyOf(ids);
    }

    public void clear() {
        ids.clear();
    }
}
