package org.liaison.meetings.merge;

import java.util.List;

/**
 * Every place where meetings-service stores an organisation's id: what an {@code organization.merged} event
 * rewrites and an {@code organization.unmerged} event restores. A new reference (participants, the
 * organisations of speakers) is one more constant here, added to {@link #ALL}. A table that may name both
 * the loser and the winner for one meeting (a participant list with a unique key) will need its move to drop
 * the loser's row instead of colliding; {@link ReferenceColumn} is where that goes.
 */
public final class ReferenceColumns {

    /** The meeting's organiser. */
    public static final ReferenceColumn ORGANIZER = new ReferenceColumn("organizer", "meeting", "id", "organizer_id");

    public static final List<ReferenceColumn> ALL = List.of(ORGANIZER);

    private ReferenceColumns() {
    }
}
