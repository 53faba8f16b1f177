package org.liaison.recommendations.lineage;

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
import org.liaison.support.idempotency.IdempotencyKeys;
import org.liaison.support.idempotency.IdempotentCreate;
import org.liaison.support.security.Roles;

import java.util.UUID;

/** How recommendations of different years descend from each other: "2023/8 became 2024/3", asked from either end. */
@Path("/recommendations/{id}/lineage")
@RolesAllowed({Roles.READER, Roles.EDITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LineageResource {

    private final LineageService service;
    private final IdempotentCreate idempotentCreate;

    public LineageResource(LineageService service, IdempotentCreate idempotentCreate) {
        this.service = service;
        this.idempotentCreate = idempotentCreate;
    }

    /** 201 with the link; {@code carried_over_to} also sets this recommendation's status to carried_over. */
    @POST
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response link(@PathParam("id") UUID id, @Valid @NotNull LineageRequests.Link request,
                         @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, UriInfo uri) {
        return idempotentCreate.run(idempotencyKey, uri, request, () ->
                Response.created(uri.getAbsolutePathBuilder().build()).entity(service.link(id, request)).build());
    }

    @GET
    public LineageView lineage(@PathParam("id") UUID id) {
        return service.lineage(id);
    }
}
