package org.liaison.meetings.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.liaison.meetings.meeting.MeetingView;
import org.liaison.meetings.search.MeetingFilters;
import org.liaison.meetings.search.MeetingOrder;
import org.liaison.meetings.search.MeetingSearch;
import org.liaison.meetings.search.SearchParams;
import org.liaison.support.directory.InstrumentDirectory;
import org.liaison.support.directory.OrganizationDirectory;
import org.liaison.support.security.Roles;

/**
 * {@code GET /meetings.ics?organization=…}: the meetings matching the same filters as {@code GET /meetings} as an
 * RFC 5545 calendar, one VEVENT per meeting dated to the day (see {@link CalendarEntries}), the first
 * {@value #MAX_MEETINGS} by date. A restricted meeting shows only what the caller may see of it.
 */
@Path("/meetings.ics")
@RolesAllowed({Roles.READER, Roles.EDITOR, Roles.ADMIN})
public class MeetingCalendarResource {

    public static final String MEDIA_TYPE = "text/calendar; charset=utf-8";
    static final int MAX_MEETINGS = 2000;
    static final String PRODID = "-//Liaison//meetings-service//EN";

    private final MeetingSearch search;
    private final OrganizationDirectory directory;

    private final InstrumentDirectory instruments;

    public MeetingCalendarResource(MeetingSearch search, OrganizationDirectory directory,
                                   InstrumentDirectory instruments) {
        this.instruments = instruments;
        this.search = search;
        this.directory = directory;
    }

    @GET
    @Produces(MEDIA_TYPE)
    public String calendar(@BeanParam SearchParams params) {
        MeetingFilters filters = MeetingFilters.parse(params, directory, instruments::catalogue);
        ICalendarText ics = new ICalendarText()
                .line("BEGIN", "VCALENDAR")
                .line("VERSION", "2.0")
                .line("PRODID", PRODID)
                .line("CALSCALE", "GREGORIAN")
                .text("X-WR-CALNAME", "Liaison");
        for (MeetingView meeting : search.find(filters, MeetingOrder.DATE, MAX_MEETINGS, null).items()) {
            if (CalendarEntries.dated(meeting)) {
                CalendarEntries.write(ics, meeting);
            }
        }
        return ics.line("END", "VCALENDAR").toString();
    }
}
