package org.liaison.meetings.instrument;

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
import org.liaison.sources.instruments.Instrument;
import org.liaison.support.directory.InstrumentDirectory;
import org.liaison.support.paging.KeysetCursor;
import org.liaison.support.paging.Page;
import org.liaison.support.paging.PageLimit;
import org.liaison.support.problem.ProblemException;
import org.liaison.support.security.Roles;

/**
 * The meetings citing an instrument by its canonical id ({@code unsc-2254}, {@code geneva-communique}), by date,
 * undated last; the catalogue itself is orgs-service's ({@code /instruments}). Instruments are a detail: a
 * restricted meeting is listed only to its parties and admins.
 */
@Path("/instruments/{id}/meetings")
@RolesAllowed({Roles.READER, Roles.EDITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class InstrumentMeetingsResource {

    private final MeetingSearch search;
    private final InstrumentDirectory instruments;

    public InstrumentMeetingsResource(MeetingSearch search, InstrumentDirectory instruments) {
        this.search = search;
        this.instruments = instruments;
    }

    @GET
    public Page<MeetingView> meetings(@PathParam("id") String id, @QueryParam(PageLimit.PARAM) String limit,
                                      @QueryParam(KeysetCursor.PARAM) String cursor) {
        int pageLimit = PageLimit.parse(limit);
        Instrument instrument = instruments.catalogue().byId(id)
                .orElseThrow(() -> ProblemException.notFound("instrument", id));
        return search.find(MeetingFilters.NONE.withInstrument(instrument.id()), MeetingOrder.DATE, pageLimit, cursor);
    }
}
