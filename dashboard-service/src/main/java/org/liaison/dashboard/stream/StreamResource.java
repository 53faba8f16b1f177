package org.liaison.dashboard.stream;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.core.http.HttpServerResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.liaison.dashboard.events.Position;
import org.liaison.dashboard.events.ReplayStart;
import org.liaison.support.problem.ProblemException;
import org.liaison.support.security.Roles;

import java.time.Instant;

/** {@code GET /stream}: every event, live, as Server-Sent Events; {@code POST /stream/tickets} for browsers. */
@Path("/stream")
public class StreamResource {

    private final StreamHub hub;
    private final StreamTickets tickets;
    private final ReplayStart replayStart;
    private final SecurityIdentity identity;

    public StreamResource(StreamHub hub, StreamTickets tickets, ReplayStart replayStart, SecurityIdentity identity) {
        this.hub = hub;
        this.tickets = tickets;
        this.replayStart = replayStart;
        this.identity = identity;
    }

    @POST
    @Path("/tickets")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.READER, Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "A single-use ticket to open /stream?ticket=... from a browser (EventSource sends no headers)")
    public Response ticket() {
        SecurityIdentity detached = QuarkusSecurityIdentity.builder(identity).build();
        unexpired(Viewer.of(detached));
        return Response.status(201).entity(tickets.issue(detached)).build();
    }

    /**
     * Opens the stream. Each event's SSE id is the position after it; a client reconnecting with
     * {@code Last-Event-ID} (or {@code ?lastEventId=}, for a new EventSource) gets exactly what it missed.
     * The stream ends when the token it was opened with (directly or through a ticket) expires.
     */
    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @PermitAll
    @Operation(summary = "Live events as Server-Sent Events, filtered; resumable with Last-Event-ID")
    public void stream(@Context SseEventSink sink, @Context Sse sse, @Context HttpServerResponse response,
                       @HeaderParam("Last-Event-ID") String lastEventIdHeader,
                       @Parameter(description = "the id of the last event received, as Last-Event-ID")
                       @QueryParam("lastEventId") String lastEventIdParam,
                       @Parameter(description = "replay from this time (ISO 8601) instead of new events only")
                       @QueryParam("from") String from,
                       @Parameter(description = "from POST /stream/tickets, instead of an Authorization header")
                       @QueryParam("ticket") String ticket,
                       @Parameter(description = "event types, comma-separated; meeting.* for a family")
                       @QueryParam("type") String type,
                       @Parameter(description = "organisation ids, comma-separated") @QueryParam("org") String org,
                       @Parameter(description = "subjects, comma-separated; meeting/* for a family")
                       @QueryParam("subject") String subject) {
        Viewer viewer = authenticate(ticket);
        StreamFilter filter = StreamFilter.parse(type, org, subject);
        Position start = replayStart.resolve(lastEventIdHeader != null ? lastEventIdHeader : lastEventIdParam,
                lastEventIdHeader != null ? "Last-Event-ID" : "lastEventId", from);
        hub.open(sink, response, sse, viewer, filter, start);
    }

    private Viewer authenticate(String ticket) {
        if (ticket != null) {
            return unexpired(tickets.redeem(ticket).map(Viewer::of)
                    .orElseThrow(() -> ProblemException.unauthorized(
                    "the stream ticket is unknown, used or expired: ask POST /stream/tickets for a new one")));
        }
        if (identity == null || identity.isAnonymous()) {
            throw ProblemException.unauthorized("a bearer token or a stream ticket is required");
        }
        if (!(identity.hasRole(Roles.READER) || identity.hasRole(Roles.EDITOR) || identity.hasRole(Roles.ADMIN))) {
            throw ProblemException.forbidden("your role may not do this");
        }
        return unexpired(Viewer.of(identity));
    }

    /** A stream ends at its token's expiry; one whose token has already expired is not opened (L6). */
    static Viewer unexpired(Viewer viewer) {
        if (viewer.hasExpired(Instant.now())) {
            throw ProblemException.unauthorized("the token has expired: get a new one");
        }
        return viewer;
    }
}
