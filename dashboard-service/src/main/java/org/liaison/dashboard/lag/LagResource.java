package org.liaison.dashboard.lag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.liaison.support.security.Roles;

import java.util.List;

/**
 * {@code GET /lag}: how far each service's consumer group is behind the end of the topics it reads. Admins only: it
 * describes the system's internals (its consumer groups, topics and backlog), which is operators' business, not
 * partner offices'; the page shows the panel empty with a note to everyone else.
 */
@Path("/lag")
public class LagResource {

    private final ConsumerLag lag;

    public LagResource(ConsumerLag lag) {
        this.lag = lag;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Records not yet consumed, per consumer group and topic (Kafka admin API); admins only")
    public List<ConsumerLag.GroupLag> lag() {
        return lag.read();
    }
}
