package org.liaison.meetings.merge;

import org.liaison.support.merge.ReferenceColumn;

import java.util.List;

/**
 * Every place where meetings-service stores an organisation's id: what an {@code organization.merged} event
 * rewrites and an {@code organization.unmerged} event restores. A new reference is one more constant here,
 * added to {@link #ALL}.
 * <p>
 * {@code meeting_participant} may name both the loser and the winner for one meeting. It has no unique key on
 * the organisation (one body may send several speakers), so a merge leaves two rows naming the winner instead of
 * colliding; each rewrite records the row it moved ({@link ReferenceColumn#rowColumn()}), so undoing the merge
 * gives back that row only. A table that does get such a unique key will need its move to drop the loser's row.
 */
public final class ReferenceColumns {

    /** The meeting's organiser. */
    public static final ReferenceColumn ORGANIZER = ReferenceColumn.inRow("organizer", "meeting", "organizer_id");

    /** A participating organisation. */
    public static final ReferenceColumn PARTICIPANT = new ReferenceColumn("participant", "meeting_participant",
            "meeting_id", "id", "organization_id", false);

    /** The organisation a participant spoke for. */
    public static final ReferenceColumn PARTICIPANT_ON_BEHALF_OF = new ReferenceColumn("participant_on_behalf_of",
            "meeting_participant", "meeting_id", "id", "on_behalf_of_id", false);

    /**
     * The organisation a statement's speaker spoke for. Its owner is the statement's meeting, whose search row and
     * event follow a move as for the other columns; the statement's own event is not sent again.
     */
    public static final ReferenceColumn STATEMENT_SPEAKER = new ReferenceColumn("statement_speaker",
            "meeting_statement", "meeting_id", "id", "speaker_organization_id", false);

    public static final List<ReferenceColumn> ALL = List.of(ORGANIZER, PARTICIPANT, PARTICIPANT_ON_BEHALF_OF,
            STATEMENT_SPEAKER);

    private ReferenceColumns() {
    }
}
