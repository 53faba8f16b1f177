package org.liaison.recommendations.status;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.liaison.recommendations.directory.References;
import org.liaison.support.idempotency.IdempotencyKeys;
import org.liaison.support.idempotency.IdempotentCreate;
import org.liaison.support.security.Roles;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A recommendation's status timeline: reports are added, never overwritten. */
@Path("/recommendations/{id}/status")
@RolesAllowed({Roles.READER, Roles.EDITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StatusResource {

    private final StatusService service;
    private final IdempotentCreate idempotentCreate;
    private final References references;

    public StatusResource(StatusService service, IdempotentCreate idempotentCreate, References references) {
        this.service = service;
        this.idempotentCreate = idempotentCreate;
        this.references = references;
    }

    /** 201 with the new timeline entry; a change the life cycle does not allow is 409. */
    @POST
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response report(@PathParam("id") UUID id, @Valid @NotNull StatusRequests.Report request,
                           @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, UriInfo uri) {
        service.requireMayReport(id, request.reportedBy());
        List<UUID> organizations = new ArrayList<>();
        organizations.add(request.reportedBy());
        references.awaitKnown(organizations, request.meetingIds() == null ? List.of() : request.meetingIds());
        return idempotentCreate.run(idempotencyKey, uri, request, () -> {
            TimelineEntryView entry = service.report(id, request);
            return Response.created(uri.getAbsolutePathBuilder().build()).entity(entry).build();
        });
    }

    @GET
    public Entries timeline(@PathParam("id") UUID id) {
        return new Entries(service.timeline(id));
    }

    /** The whole timeline, oldest first: bounded by {@code liaison.recommendations.timeline-max}, so not paged. */
    public record Entries(List<TimelineEntryView> items) {
    }
}
