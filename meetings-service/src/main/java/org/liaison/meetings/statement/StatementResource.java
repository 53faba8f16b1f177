package org.liaison.meetings.statement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.liaison.support.http.ETags;
import org.liaison.support.http.Preconditions;
import org.liaison.support.idempotency.IdempotencyKeys;
import org.liaison.support.idempotency.IdempotentCreate;
import org.liaison.support.security.Roles;

import java.util.UUID;

/**
 * {@code /meetings/{id}/statements}: what speakers said at a meeting. Recorded and corrected ({@code PUT}, whole, with
 * {@code If-Match}) by whoever may change the meeting; shown to whoever may see its details.
 */
@Path("/meetings/{meetingId}/statements")
@RolesAllowed({Roles.READER, Roles.EDITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StatementResource {

    private final StatementService service;
    private final IdempotentCreate idempotentCreate;

    public StatementResource(StatementService service, IdempotentCreate idempotentCreate) {
        this.service = service;
        this.idempotentCreate = idempotentCreate;
    }

    /** With an {@code Idempotency-Key}, a retried request gets the first answer instead of a second statement. */
    @POST
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response record(@PathParam("meetingId") UUID meetingId, @Valid @NotNull StatementRequest request,
                           @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, UriInfo uri) {
        return idempotentCreate.run(idempotencyKey, uri, request, () -> {
            StatementView recorded = service.record(meetingId, request);
            return Response.created(uri.getAbsolutePathBuilder().path(recorded.id().toString()).build())
                    .tag(ETags.of(recorded.version())).entity(recorded).build();
        });
    }

    @GET
    public StatementService.MeetingStatements list(@PathParam("meetingId") UUID meetingId) {
        return service.ofMeeting(meetingId);
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("meetingId") UUID meetingId, @PathParam("id") UUID id) {
        StatementView statement = service.get(meetingId, id);
        return Response.ok(statement).tag(ETags.of(statement.version())).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response replace(@PathParam("meetingId") UUID meetingId, @PathParam("id") UUID id,
                            @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
                            @Valid @NotNull StatementRequest request) {
        StatementView statement = service.replace(meetingId, id, ifMatch, request);
        return Response.ok(statement).tag(ETags.of(statement.version())).build();
    }
}
