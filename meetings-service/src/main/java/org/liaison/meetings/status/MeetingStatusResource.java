package org.liaison.meetings.status;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.liaison.meetings.meeting.MeetingView;
import org.liaison.support.http.ETags;
import org.liaison.support.http.Preconditions;
import org.liaison.support.security.Roles;

import java.util.UUID;

/** {@code POST /meetings/{id}/status}: planned → held, postponed or cancelled; postponed → planned. Else 409. */
@Path("/meetings/{id}/status")
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingStatusResource {

    private final MeetingStatusService service;

    public MeetingStatusResource(MeetingStatusService service) {
        this.service = service;
    }

    @POST
    public Response change(@PathParam("id") UUID id, @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
                           @Valid @NotNull StatusRequest request) {
        MeetingView meeting = service.change(id, ifMatch, request.status());
        return Response.ok(meeting).tag(ETags.of(meeting.version())).build();
    }
}
