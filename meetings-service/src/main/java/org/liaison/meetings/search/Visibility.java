package org.liaison.meetings.search;

import java.util.Collections;
import java.util.UUID;

/**
 * Which meetings' details the caller may see, as SQL over {@code meeting m} or the copies in its search row: the
 * rule of {@code CurrentActor.maySeeDetails} with the parties of {@code Meeting.parties()} (organiser, recording
 * office, participating organisations and those spoken for). Filters on details apply only where it holds, so a
 * restricted meeting is never found through what its redacted view hides.
 */
public record Visibility(boolean admin, UUID office) {

    /** Where the rule reads a meeting's restriction, organiser, recording office and id. */
    public record Columns(String restricted, String organizer, String office, String meeting) {
        /** {@code meeting m}. */
        public static final Columns MEETING = new Columns("m.restricted", "m.organizer_id", "m.created_by_office",
                "m.id");
        /** {@code meeting_search s}, whose row carries copies of them ({@link MeetingSearchIndex}). */
        public static final Columns SEARCH_ROW = new Columns("s.restricted", "s.organizer_id", "s.created_by_office",
                "s.meeting_id");
    }

    public String sql() {
        return sql(Columns.MEETING);
    }

    public String sql(Columns c) {
        if (admin) {
            return "true";
        }
        if (office == null) {
            return "not " + c.restricted();
        }
        return "not " + c.restricted() + " or " + c.organizer() + " = ? or " + c.office() + " = ? or exists (select 1"
                + " from meeting_participant vp where vp.meeting_id = " + c.meeting() + " and (vp.organization_id = ?"
                + " or vp.on_behalf_of_id = ?))";
    }

    public Object[] values() {
        return admin || office == null ? new Object[0] : Collections.nCopies(4, office).toArray();
    }

    /** {@code (visible) and (detail)}, with the detail's values after the visibility's. */
    Object[] with(Object... detail) {
        Object[] own = values();
        Object[] all = new Object[own.length + detail.length];
        System.arraycopy(own, 0, all, 0, own.length);
        System.arraycopy(detail, 0, all, own.length, detail.length);
        return all;
    }
}
