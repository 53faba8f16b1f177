package org.liaison.recommendations.action;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.liaison.recommendations.directory.References;
import org.liaison.support.http.ETags;
import org.liaison.support.http.Preconditions;
import org.liaison.support.idempotency.IdempotencyKeys;
import org.liaison.support.idempotency.IdempotentCreate;
import org.liaison.support.security.Roles;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A recommendation's actions (sub-results), whose progress rolls up into the recommendation's. */
@Path("/recommendations/{id}/actions")
@RolesAllowed({Roles.READER, Roles.EDITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActionResource {

    private final ActionService service;
    private final IdempotentCreate idempotentCreate;
    private final References references;

    public ActionResource(ActionService service, IdempotentCreate idempotentCreate, References references) {
        this.service = service;
        this.idempotentCreate = idempotentCreate;
        this.references = references;
    }

    @POST
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response add(@PathParam("id") UUID id, @Valid @NotNull ActionRequests.Create request,
                        @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, UriInfo uri) {
        service.requireMayReport(id);
        references.awaitKnown(lead(request.leadOfficeId()), List.of());
        return idempotentCreate.run(idempotencyKey, uri, request, () -> {
            ActionView created = service.add(id, request);
            return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                    .tag(ETags.of(created.version())).entity(created).build();
        });
    }

    @GET
    public Items list(@PathParam("id") UUID id) {
        return new Items(service.list(id));
    }

    @GET
    @Path("/{actionId}")
    public Response get(@PathParam("id") UUID id, @PathParam("actionId") UUID actionId) {
        ActionView action = service.get(id, actionId);
        return Response.ok(action).tag(ETags.of(action.version())).build();
    }

    /** A partial change; {@code If-Match} with the action's ETag is required. */
    @PATCH
    @Path("/{actionId}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response update(@PathParam("id") UUID id, @PathParam("actionId") UUID actionId,
                           @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
                           @Valid @NotNull ActionRequests.Update request) {
        service.requireMayReport(id);
        references.awaitKnown(lead(request.leadOfficeId()), List.of());
        ActionView action = service.update(id, actionId, ifMatch, request);
        return Response.ok(action).tag(ETags.of(action.version())).build();
    }

    /** A recommendation's actions, oldest first: bounded by {@code liaison.recommendations.actions-max}. */
    public record Items(List<ActionView> items) {
    }

    private static List<UUID> lead(UUID leadOfficeId) {
        List<UUID> ids = new ArrayList<>();
        if (leadOfficeId != null) {
            ids.add(leadOfficeId);
        }
        return ids;
    }
}
