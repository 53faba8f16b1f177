package org.liaison.meetings.intake;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.liaison.support.paging.KeysetCursor;
import org.liaison.support.paging.Page;
import org.liaison.support.paging.PageLimit;
import org.liaison.support.problem.ProblemException;
import org.liaison.support.security.Roles;

import java.util.UUID;

/** Article intake: paste an article, review the draft read from it, accept the corrected proposal. Editors'. */
@Path("/intake/articles")
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IntakeResource {

    private final IntakeService service;

    public IntakeResource(IntakeService service) {
        this.service = service;
    }

    @POST
    public Response read(@Valid @NotNull IntakeRequests.Article article, UriInfo uri) {
        IntakeView intake = service.read(article);
        return Response.created(uri.getAbsolutePathBuilder().path(intake.id().toString()).build()).entity(intake)
                .build();
    }

    /** @param status {@code draft} or {@code accepted}; absent for both */
    @GET
    public Page<IntakeSummary> list(@QueryParam("status") String status, @QueryParam(PageLimit.PARAM) String limit,
                                    @QueryParam(KeysetCursor.PARAM) String cursor) {
        Boolean accepted = status == null ? null : switch (status) {
            case "draft" -> false;
            case "accepted" -> true;
            default -> throw ProblemException.badRequest("status", "must be draft or accepted");
        };
        return service.list(accepted, PageLimit.parse(limit), cursor);
    }

    @GET
    @Path("/{id}")
    public IntakeView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Path("/{id}/accept")
    public AcceptResult accept(@PathParam("id") UUID id, @Valid @NotNull IntakeRequests.Accept proposal) {
        return service.accept(id, proposal);
    }
}
