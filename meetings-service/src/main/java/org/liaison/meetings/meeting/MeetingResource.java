package org.liaison.meetings.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.liaison.meetings.recommendation.RecommendationDirectory;
import org.liaison.meetings.search.MeetingFilters;
import org.liaison.meetings.search.MeetingOrder;
import org.liaison.meetings.search.MeetingSearch;
import org.liaison.meetings.search.SearchParams;
import org.liaison.support.directory.InstrumentDirectory;
import org.liaison.support.directory.OrganizationDirectory;
import org.liaison.support.http.ETags;
import org.liaison.support.http.Preconditions;
import org.liaison.support.idempotency.IdempotencyKeys;
import org.liaison.support.idempotency.IdempotentCreate;
import org.liaison.support.paging.KeysetCursor;
import org.liaison.support.paging.Page;
import org.liaison.support.paging.PageLimit;
import org.liaison.support.security.Roles;

import java.util.List;
import java.util.UUID;

@Path("/meetings")
@RolesAllowed({Roles.READER, Roles.EDITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingResource {

    private final MeetingService service;
    private final IdempotentCreate idempotentCreate;
    private final MeetingSearch search;
    private final OrganizationDirectory directory;
    private final RecommendationDirectory recommendations;
    private final InstrumentDirectory instruments;

    public MeetingResource(MeetingService service, IdempotentCreate idempotentCreate, MeetingSearch search,
                           OrganizationDirectory directory, RecommendationDirectory recommendations,
                           InstrumentDirectory instruments) {
        this.instruments = instruments;
        this.service = service;
        this.idempotentCreate = idempotentCreate;
        this.search = search;
        this.directory = directory;
        this.recommendations = recommendations;
    }

    /** With an {@code Idempotency-Key}, a retried request gets the first answer instead of a second record. */
    @POST
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response schedule(@Valid @NotNull MeetingRequests.Schedule request,
                             @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, UriInfo uri) {
        recommendations.awaitKnown(request.advances() == null ? List.of() : request.advances());
        return idempotentCreate.run(idempotencyKey, uri, request, () -> {
            MeetingView created = service.schedule(request);
            return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                    .tag(ETags.of(created.version())).entity(created).build();
        });
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id) {
        MeetingView meeting = service.get(id);
        return Response.ok(meeting).tag(ETags.of(meeting.version())).build();
    }

    /** Replaces the whole meeting: fields the body leaves out are cleared. */
    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response replace(@PathParam("id") UUID id, @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
                            @Valid @NotNull MeetingRequests.Schedule request) {
        awaitAdded(id, request.advances());
        MeetingView meeting = service.replace(id, ifMatch, request);
        return Response.ok(meeting).tag(ETags.of(meeting.version())).build();
    }

    /** Changes the fields the body gives. */
    @PATCH
    @Path("/{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response update(@PathParam("id") UUID id, @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
                           @Valid @NotNull MeetingRequests.Update request) {
        awaitAdded(id, request.advances());
        MeetingView meeting = service.update(id, ifMatch, request);
        return Response.ok(meeting).tag(ETags.of(meeting.version())).build();
    }

    /**
     * A change that adds recommendations to {@code advances} gives those added a moment ago a short while to reach
     * the local directory; only once the actor is known to be allowed to change the meeting at all.
     */
    private void awaitAdded(UUID id, List<UUID> advances) {
        if (advances == null || advances.isEmpty()) {
            return;
        }
        List<UUID> current = service.requireMayChange(id);
        recommendations.awaitKnown(advances.stream().filter(a -> !current.contains(a)).distinct().toList());
    }

    /**
     * Meetings matching every filter given (see {@link SearchParams}); with {@code q} best match first, otherwise in
     * the order they were recorded. A cursor belongs to its order: one from a list without {@code q} is a 400 with it.
     */
    @GET
    public Page<MeetingView> list(@BeanParam SearchParams params, @QueryParam(PageLimit.PARAM) String limit,
                                  @QueryParam(KeysetCursor.PARAM) String cursor) {
        int pageLimit = PageLimit.parse(limit);
        MeetingFilters filters = MeetingFilters.parse(params, directory, instruments::catalogue);
        return search.find(filters, filters.terms() == null ? MeetingOrder.CREATED : MeetingOrder.RANK, pageLimit,
                cursor);
    }
}
