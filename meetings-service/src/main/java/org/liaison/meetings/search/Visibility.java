package org.liaison.meetings.search;

import java.util.Collections;
import java.util.UUID;

/**
 * Which meetings' details the caller may see, as SQL over {@code meeting m}: the rule of
 * {@code CurrentActor.maySeeDetails} with the parties of {@code Meeting.parties()} (organiser, recording office,
 * participating organisations and those spoken for). Filters on details apply only where it holds, so a restricted
 * meeting is never found through what its redacted view hides.
 */
public record Visibility(boolean admin, UUID office) {

    public String sql() {
        if (admin) {
            return "true";
        }
        if (office == null) {
            return "not m.restricted";
        }
        return "not m.restricted or m.organizer_id = ? or m.created_by_office = ? or exists (select 1 from"
                + " meeting_participant vp where vp.meeting_id = m.id and (vp.organization_id = ? or "
                + "vp.on_behalf_of_id = ?))";
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
