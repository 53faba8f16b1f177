package org.liaison.support.outbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.liaison.support.problem.ProblemException;
import org.liaison.support.security.Roles;

import java.util.Map;
import java.util.UUID;

/**
 * {@code /admin/outbox/parked}: the outbox rows this service's relay parked because the broker can never accept
 * them (see {@link OutboxRelay}), and putting one back to publish it again once it can be, e.g. after raising
 * {@code max.request.size}. Every service with an outbox serves it. Admins only: it describes the system's
 * internals.
 */
@Path("/admin/outbox/parked")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class ParkedEventsResource {

    private final ParkedEvents parked;

    public ParkedEventsResource(ParkedEvents parked) {
        this.parked = parked;
    }

    @GET
    @Operation(summary = "Outbox rows parked because the broker can never accept them, oldest first (without their"
            + " content); admins only")
    public ParkedEvents.Listing list() {
        return parked.list();
    }

    @POST
    @Path("/{id}/retry")
    @Operation(summary = "Puts a parked outbox row back to pending: the relay publishes it again, or parks it again"
            + " if the broker still refuses it; admins only")
    public Response retry(@PathParam("id") UUID id) {
        if (!parked.retry(id)) {
            throw ProblemException.notFound("no outbox event " + id + " is parked");
        }
        return Response.accepted(Map.of("id", id, "status", "PENDING")).build();
    }
}
