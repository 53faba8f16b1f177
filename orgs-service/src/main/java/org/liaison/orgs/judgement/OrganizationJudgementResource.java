package org.liaison.orgs.judgement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.liaison.orgs.organization.OrganizationResource;
import org.liaison.support.http.QueryParams;
import org.liaison.support.paging.PageLimit;
import org.liaison.support.security.CurrentActor;
import org.liaison.support.security.Roles;

import java.util.UUID;

/**
 * {@code POST /organizations/judgements} judges a pair of organisations that look alike (see
 * {@link OrganizationJudgements}); {@code GET} lists judgements, of one organisation with {@code organizationId};
 * {@code DELETE /organizations/judgements/{id}} undoes one. Who judged (a login) is shown to admins only.
 */
@Path("/organizations/judgements")
@RolesAllowed({Roles.READER, Roles.EDITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationJudgementResource {

    static final int NOTE_MAX = 1000;

    private final OrganizationJudgements judgements;
    private final CurrentActor actor;

    public OrganizationJudgementResource(OrganizationJudgements judgements, CurrentActor actor) {
        this.judgements = judgements;
        this.actor = actor;
    }

    /** A judgement: {@code same} merges {@code right} into {@code left}. */
    public record Request(@NotNull UUID left, @NotNull UUID right, @NotNull Judgement judgement,
                          @Size(max = NOTE_MAX) String note) {
    }

    @POST
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response judge(@Valid @NotNull Request request, UriInfo uri) {
        OrganizationJudgement judged = judgements.judge(request.left(), request.right(), request.judgement(),
                request.note());
        return Response.created(uri.getAbsolutePathBuilder().path(judged.id.toString()).build())
                .entity(judged.toView(actor.isAdmin())).build();
    }

    @GET
    public OrganizationResource.Items<OrganizationJudgement.View> list(
            @QueryParam("organizationId") String organizationId, @QueryParam(PageLimit.PARAM) String limit) {
        UUID organization = QueryParams.uuid("organizationId", organizationId);
        int pageLimit = PageLimit.parse(limit);
        return new OrganizationResource.Items<>((organization == null ? judgements.newest(pageLimit)
                : judgements.of(organization, pageLimit)).stream().map(j -> j.toView(actor.isAdmin())).toList());
    }

    @GET
    @Path("/{id}")
    public OrganizationJudgement.View get(@PathParam("id") UUID id) {
        return judgements.require(id).toView(actor.isAdmin());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public OrganizationJudgement.View undo(@PathParam("id") UUID id) {
        return judgements.undo(id).toView(actor.isAdmin());
    }
}
