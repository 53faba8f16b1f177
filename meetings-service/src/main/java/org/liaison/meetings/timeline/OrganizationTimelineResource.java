package org.liaison.meetings.timeline;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.liaison.meetings.meeting.MeetingView;
import org.liaison.meetings.search.MeetingFilters;
import org.liaison.meetings.search.MeetingOrder;
import org.liaison.meetings.search.MeetingSearch;
import org.liaison.support.directory.OrganizationDirectory;
import org.liaison.support.http.QueryParams;
import org.liaison.support.paging.KeysetCursor;
import org.liaison.support.paging.Page;
import org.liaison.support.paging.PageLimit;
import org.liaison.support.problem.ProblemException;
import org.liaison.support.security.Roles;

import java.util.List;
import java.util.UUID;

/**
 * An organisation's meetings by date (undated last), as organiser or participant, with its role in each. A merged
 * organisation's id shows the timeline of the organisation it was merged into, where its meetings now are.
 */
@Path("/organizations/{id}/meetings")
@RolesAllowed({Roles.READER, Roles.EDITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationTimelineResource {

    private final MeetingSearch search;
    private final OrganizationDirectory directory;

    public OrganizationTimelineResource(MeetingSearch search, OrganizationDirectory directory) {
        this.search = search;
        this.directory = directory;
    }

    /** An organisation the directory has never received is a 404: no meeting can name it. */
    @GET
    public Page<TimelineEntry> timeline(@PathParam("id") String rawId, @QueryParam("includeUnits") String includeUnits,
                                        @QueryParam(PageLimit.PARAM) String limit,
                                        @QueryParam(KeysetCursor.PARAM) String cursor) {
        UUID id = QueryParams.uuid("id", rawId);
        int pageLimit = PageLimit.parse(limit);
        boolean units = Boolean.TRUE.equals(QueryParams.bool("includeUnits", includeUnits));
        if (directory.find(id).isEmpty()) {
            throw ProblemException.notFound("organisation", id);
        }
        UUID current = directory.resolve(id);
        List<UUID> organizations = directory.withMergedIn(units ? directory.withUnits(current) : List.of(current));
        Page<MeetingView> page = search.find(
                MeetingFilters.NONE.withOrganizations(organizations), MeetingOrder.DATE, pageLimit, cursor);
        return new Page<>(page.items().stream().map(m -> TimelineEntry.of(m, organizations)).toList(), page.limit(),
                page.total(), page.nextCursor());
    }
}
