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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.liaison.orgs.common.Limits;
import org.liaison.orgs.organization.OrganizationResource;
import org.liaison.support.paging.PageLimit;
import org.liaison.support.security.CurrentActor;
import org.liaison.support.security.Roles;

import java.util.UUID;

/**
 * {@code POST .../judgements} judges a pair of records that look alike (see {@link PairJudgements}); {@code GET} lists
 * judgements (a subclass names the query parameter for one record's); {@code DELETE .../judgements/{id}} undoes one.
 * Who judged (a login) is shown to admins only. The annotations of the class are repeated here: the methods declared
 * here are secured by this class's, not by a subclass's.
 */
@RolesAllowed({Roles.READER, Roles.EDITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public abstract class PairJudgementResource<J extends PairJudgement> {

    private final PairJudgements<J> judgements;
    private final CurrentActor actor;

    protected PairJudgementResource(PairJudgements<J> judgements, CurrentActor actor) {
        this.judgements = judgements;
        this.actor = actor;
    }

    /** A judgement: {@code same} merges {@code right} into {@code left}. */
    public record Request(@NotNull UUID left, @NotNull UUID right, @NotNull Judgement judgement,
                          @Size(max = Limits.NOTE_MAX) String note) {
    }

    @POST
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response judge(@Valid @NotNull Request request, UriInfo uri) {
        J judged = judgements.judge(request.left(), request.right(), request.judgement(), request.note());
        return Response.created(uri.getAbsolutePathBuilder().path(judged.id.toString()).build())
                .entity(judged.toView(actor.isAdmin())).build();
    }

    @GET
    @Path("/{id}")
    public PairJudgement.View get(@PathParam("id") UUID id) {
        return judgements.require(id).toView(actor.isAdmin());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public PairJudgement.View undo(@PathParam("id") UUID id) {
        return judgements.undo(id).toView(actor.isAdmin());
    }

    /** The judgements of one record ({@code recordId}, given as {@code field}), or the newest of all. */
    protected OrganizationResource.Items<PairJudgement.View> list(UUID recordId, String field, String limit) {
        int pageLimit = PageLimit.parse(limit);
        return new OrganizationResource.Items<>((recordId == null ? judgements.newest(pageLimit)
                : judgements.of(recordId, field, pageLimit)).stream().map(j -> j.toView(actor.isAdmin())).toList());
    }
}
