package org.liaison.dashboard.health;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.liaison.support.security.Roles;

/**
 * {@code GET /system-health}: the health panel of the page. Admins only, like {@code GET /lag}: it describes the
 * system's internals, and the other services' metrics it reads are for admins too (the caller's token is passed on
 * to them).
 */
@Path("/system-health")
public class SystemHealthResource {

    private final SystemHealth health;

    public SystemHealthResource(SystemHealth health) {
        this.health = health;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Every service's readiness, outbox backlog, dead letters and consumer lag, and events per "
            + "minute over the last hour; admins only")
    public SystemHealth.Report health(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return health.read(authorization);
    }
}
