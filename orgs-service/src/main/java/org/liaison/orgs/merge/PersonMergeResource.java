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
 * {@code POST /people/{winner}/merge} merges the person the body names into the winner;
 * {@code DELETE /people/{winner}/merge/{loser}} undoes it. Both answer with the merge record; who merged (a login) is
 * shown to admins only.
 */
@Path("/people/{winnerId}/merge")
@RolesAllowed({Roles.READER, Roles.EDITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonMergeResource {

    private final PersonMerges merges;
    private final CurrentActor actor;

    public PersonMergeResource(PersonMerges merges, CurrentActor actor) {
        this.merges = merges;
        this.actor = actor;
    }

    /** The body of a merge: the person who is the same person as the winner. */
    public record Request(@NotNull UUID personId) {
    }

    @POST
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public PersonMerge.View merge(@PathParam("winnerId") UUID winnerId, @Valid @NotNull Request request) {
        return merges.merge(winnerId, request.personId()).toView(actor.isAdmin());
    }

    @DELETE
    @Path("/{loserId}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public PersonMerge.View unmerge(@PathParam("winnerId") UUID winnerId, @PathParam("loserId") UUID loserId) {
        return merges.unmerge(winnerId, loserId).toView(actor.isAdmin());
    }

    /** The merges into this person, standing and undone, newest first. */
    @GET
    public OrganizationResource.Items<PersonMerge.View> list(@PathParam("winnerId") UUID winnerId) {
        return new OrganizationResource.Items<>(merges.mergesInto(winnerId).stream().map(m -> m.toView(actor.isAdmin()))
                .toList());
    }
}
