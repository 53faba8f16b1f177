package org.liaison.meetings.merge;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A column that refers to an organisation, in a table whose rows belong to one meeting: for example
 * {@code meeting.organizer_id} (owned by {@code meeting.id}) or {@code meeting_participant.organization_id}
 * (owned by {@code meeting_participant.meeting_id}). The SQL that moves and restores references is generated
 * from these names, which are constants of {@link ReferenceColumns}, never input.
 *
 * @param field        the name recorded in {@code organization_rewrite.field}; stable once data exists
 * @param table        the table holding the reference
 * @param meetingColumn the column of that table naming the meeting the row belongs to
 * @param rowColumn    the uuid column identifying the row, recorded in {@code organization_rewrite.row_id}, so that
 *                     undoing a merge restores that row only ({@code id} in both tables: for {@code meeting}, the
 *                     row is the meeting)
 * @param organizationColumn the column naming the organisation
 */
public record ReferenceColumn(String field, String table, String meetingColumn, String rowColumn,
                              String organizationColumn) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    public ReferenceColumn {
        for (String name : new String[] {field, table, meetingColumn, rowColumn, organizationColumn}) {
            if (!IDENTIFIER.matcher(Objects.requireNonNull(name, "name")).matches()) {
                throw new IllegalArgumentException("not a plain SQL identifier: " + name);
            }
        }
    }

    /** Moves up to ?3 references from ?1 to ?2; answers the rows moved as (meeting, row). */
    String moveSome() {
        return ("update %1$s set %2$s = ?2 where %3$s in (select %3$s from %1$s where %2$s = ?1 order by %3$s limit ?3)"
                + " and %2$s = ?1 returning %4$s, %3$s").formatted(table, organizationColumn, rowColumn, meetingColumn);
    }

    /** Sets back to ?2 the references of rows ?1 (an array) that still are ?3 or ?4; answers their meetings. */
    String restoreAll() {
        return "update %1$s set %2$s = ?2 where %3$s = any(cast(?1 as uuid[])) and %2$s in (?3, ?4) returning %4$s"
                .formatted(table, organizationColumn, rowColumn, meetingColumn);
    }
}
