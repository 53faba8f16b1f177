package org.liaison.dashboard.feed;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.liaison.dashboard.DashboardConfig;
import org.liaison.dashboard.events.Position;
import org.liaison.dashboard.events.ReplayStart;
import org.liaison.dashboard.stream.StreamFilter;
import org.liaison.dashboard.stream.Viewer;
import org.liaison.support.problem.ProblemException;
import org.liaison.support.security.Roles;

/**
 * {@code GET /feed?after=CURSOR&limit=}: the same events as the stream, pulled in pages, for offices on poor
 * connections. The cursor is a stream position (an SSE id works too), so a client can switch between the two.
 */
@Path("/feed")
public class FeedResource {

    private final Feed feed;
    private final ReplayStart replayStart;
    private final DashboardConfig config;
    private final SecurityIdentity identity;

    public FeedResource(Feed feed, ReplayStart replayStart, DashboardConfig config, SecurityIdentity identity) {
        this.feed = feed;
        this.replayStart = replayStart;
        this.config = config;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.READER, Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Changes in order after a cursor, merges as tombstones; nextCursor continues")
    public Feed.Page read(@Parameter(description = "nextCursor of the previous page, or an SSE id")
                          @QueryParam("after") String after,
                          @Parameter(description = "without a cursor: start at this time (ISO 8601)")
                          @QueryParam("from") String from,
                          @Parameter(description = "1 to liaison.dashboard.feed-max-limit, default 100")
                          @QueryParam("limit") String limit,
                          @QueryParam("type") String type, @QueryParam("org") String org,
                          @QueryParam("subject") String subject) {
        StreamFilter filter = StreamFilter.parse(type, org, subject);
        Position start = replayStart.resolve(after, "after", from);
        return feed.read(start, limit(limit), filter, Viewer.of(identity));
    }

    private int limit(String raw) {
        if (raw == null || raw.isBlank()) {
            return Math.min(100, config.feedMaxLimit());
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= 1 && value <= config.feedMaxLimit()) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.badRequest("limit", "must be a whole number from 1 to " + config.feedMaxLimit());
    }
}
