package org.liaison.dashboard.lag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.liaison.support.security.Roles;

import java.util.List;

/** {@code GET /lag}: how far each service's consumer group is behind the end of the topics it reads. */
@Path("/lag")
public class LagResource {

    private final ConsumerLag lag;

    public LagResource(ConsumerLag lag) {
        this.lag = lag;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.READER, Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Records not yet consumed, per consumer group and topic (Kafka admin API)")
    public List<ConsumerLag.GroupLag> lag() {
        return lag.read();
    }
}
