package org.liaison.orgs.membership;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.liaison.support.http.ETags;
import org.liaison.support.http.Preconditions;
import org.liaison.support.http.QueryParams;
import org.liaison.support.idempotency.IdempotencyKeys;
import org.liaison.support.idempotency.IdempotentCreate;
import org.liaison.support.paging.KeysetCursor;
import org.liaison.support.paging.Page;
import org.liaison.support.paging.PageLimit;
import org.liaison.support.security.Roles;

import java.util.UUID;

/** Roles people hold in organisations. */
@Path("/memberships")
@RolesAllowed({Roles.READER, Roles.EDITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MembershipResource {

    private final MembershipService service;
    private final IdempotentCreate idempotentCreate;

    public MembershipResource(MembershipService service, IdempotentCreate idempotentCreate) {
        this.service = service;
        this.idempotentCreate = idempotentCreate;
    }

    /**
     * Records a role: 422 naming {@code personId}, {@code organizationId} or {@code onBehalfOfId} when it is not
     * registered, or {@code endDate} when it is before {@code startDate}; 403 unless the caller's office is the
     * organisation or above it (or the caller is an admin).
     */
    @POST
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response start(@Valid @NotNull MembershipRequests.Start request,
                          @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, UriInfo uri) {
        return idempotentCreate.run(idempotencyKey, uri, request, () -> {
            MembershipView created = service.start(request);
            return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                    .tag(ETags.of(created.version())).entity(created).build();
        });
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id) {
        MembershipView membership = service.get(id);
        return Response.ok(membership).tag(ETags.of(membership.version())).build();
    }

    /**
     * Setting the end date of a current role ends it ({@code membership.ended}); {@code "endDate": null} reopens it.
     */
    @PATCH
    @Path("/{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response update(@PathParam("id") UUID id, @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
                           @Valid @NotNull MembershipRequests.Update request) {
        MembershipView membership = service.update(id, ifMatch, request);
        return Response.ok(membership).tag(ETags.of(membership.version())).build();
    }

    /** @param current true for roles held now, false for ended ones; absent for both */
    @GET
    public Page<MembershipView> list(@QueryParam(PageLimit.PARAM) String limit,
                                     @QueryParam(KeysetCursor.PARAM) String cursor,
                                     @QueryParam("organizationId") String organizationId,
                                     @QueryParam("personId") String personId,
                                     @QueryParam("current") String current) {
        return service.list(PageLimit.parse(limit), cursor, QueryParams.uuid("organizationId", organizationId),
                QueryParams.uuid("personId", personId), QueryParams.bool("current", current));
    }
}
