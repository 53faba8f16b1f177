package org.liaison.meetings.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import org.liaison.support.paging.Page;

import java.util.UUID;

@Path("/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingResource {

    private final MeetingService service;

    public MeetingResource(MeetingService service) {
        this.service = service;
    }

    @POST
    public Response schedule(@Valid @NotNull MeetingRequests.Schedule request, UriInfo uri) {
        MeetingView created = service.schedule(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(ETags.of(created.version())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id) {
        MeetingView meeting = service.get(id);
        return Response.ok(meeting).tag(ETags.of(meeting.version())).build();
    }

    @PATCH
    @Path("/{id}")
    public Response update(@PathParam("id") UUID id, @Valid @NotNull MeetingRequests.Update request) {
        MeetingView meeting = service.update(id, request);
        return Response.ok(meeting).tag(ETags.of(meeting.version())).build();
    }

    @GET
    public Page<MeetingView> list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
                                  @QueryParam("cursor") String cursor) {
        return service.list(limit, cursor);
    }
}
