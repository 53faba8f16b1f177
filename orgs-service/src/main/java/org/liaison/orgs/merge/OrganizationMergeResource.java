package org.liaison.orgs.merge;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.liaison.orgs.organization.OrganizationResource;
import org.liaison.support.security.CurrentActor;
import org.liaison.support.security.Roles;

import java.util.UUID;

/**
 * {@code POST /organizations/{winner}/merge} merges the organisation the body names into the winner;
 * {@code DELETE /organizations/{winner}/merge/{loser}} undoes it. Both answer with the merge record; who merged (a
 * login) is shown to admins only.
 */
@Path("/organizations/{winnerId}/merge")
@RolesAllowed({Roles.READER, Roles.EDITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationMergeResource {

    private final OrganizationMerges merges;
    private final CurrentActor actor;

    public OrganizationMergeResource(OrganizationMerges merges, CurrentActor actor) {
        this.merges = merges;
        this.actor = actor;
    }

    /** The body of a merge: the organisation that is the same body as the winner. */
    public record Request(@NotNull UUID organizationId) {
    }

    @POST
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public OrganizationMerge.View merge(@PathParam("winnerId") UUID winnerId, @Valid @NotNull Request request) {
        return merges.merge(winnerId, request.organizationId()).toView(actor.isAdmin());
    }

    @DELETE
    @Path("/{loserId}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public OrganizationMerge.View unmerge(@PathParam("winnerId") UUID winnerId, @PathParam("loserId") UUID loserId) {
        return merges.unmerge(winnerId, loserId).toView(actor.isAdmin());
    }

    /** The merges into this organisation, standing and undone, newest first. */
    @GET
    public OrganizationResource.Items<OrganizationMerge.View> list(@PathParam("winnerId") UUID winnerId) {
        return new OrganizationResource.Items<>(merges.mergesInto(winnerId).stream().map(m -> m.toView(actor.isAdmin()))
                .toList());
    }
}
