package org.liaison.meetings.search;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.liaison.support.security.Roles;

import java.util.List;

/** {@code /admin/search-refresh}: the renamed organisations whose meetings' search rows are still being rewritten. */
@Path("/admin/search-refresh")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class SearchRefreshResource {

    private final SearchRefreshQueue queue;

    public SearchRefreshResource(SearchRefreshQueue queue) {
        this.queue = queue;
    }

    @GET
    @Operation(summary = "Renamed organisations whose meetings are still found by the old names: when each was"
            + " renamed, how many of its meetings are done and how many name it; empty when search is up to date;"
            + " admins only")
    public List<SearchRefreshQueue.Progress> list() {
        return queue.progress();
    }
}
