package org.liaison.support.merge;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A column that refers to organisations, which a merge moves to the winner and its undoing moves back: one id
 * ({@code meeting.organizer_id}) or an array of them ({@code recommendation.supporting_organization_ids}, whose
 * elements are moved and restored each on its own, by position, so that a list naming both the loser and the
 * winner comes back as it was). The SQL is generated from these names, which are constants of each service's list
 * of its references, never input.
 *
 * @param field              the name recorded in {@code organization_rewrite.field}; stable once data exists
 * @param table              the table holding the reference
 * @param ownerColumn        the column of that table naming the aggregate that changes with the reference (for
 *                           {@code meeting_participant}, its {@code meeting_id}); recorded as
 *                           {@code organization_rewrite.owner_id}
 * @param rowColumn          the uuid column identifying the row, recorded as {@code organization_rewrite.row_id},
 *                           so that undoing a merge restores that row only (the owner's own id when the reference
 *                           sits in the aggregate's row)
 * @param organizationColumn the column naming the organisation (or organisations, when {@code array})
 * @param array              whether {@code organizationColumn} is a {@code uuid[]}
 */
public record ReferenceColumn(String field, String table, String ownerColumn, String rowColumn,
                              String organizationColumn, boolean array) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    public ReferenceColumn {
        for (String name : new String[] {field, table, ownerColumn, rowColumn, organizationColumn}) {
            if (!IDENTIFIER.matcher(Objects.requireNonNull(name, "name")).matches()) {
                throw new IllegalArgumentException("not a plain SQL identifier: " + name);
            }
        }
    }

    /** A single reference held in the aggregate's own row, keyed by {@code id}. */
    public static ReferenceColumn inRow(String field, String table, String organizationColumn) {
        return new ReferenceColumn(field, table, "id", "id", organizationColumn, false);
    }

    /** How many references (rows, for an array column) name ?1. */
    String countReferring() {
        return array
                ? "select count(*) from %s where ?1 = any(%s)".formatted(table, organizationColumn)
                : "select count(*) from %s where %s = ?1".formatted(table, organizationColumn);
    }

    /** Single column: moves up to ?3 references from ?1 to ?2; answers (owner, row, position 0) of each. */
    String moveSome() {
        return ("update %1$s set %2$s = ?2 where %3$s in (select %3$s from %1$s where %2$s = ?1 order by %3$s limit ?3)"
                + " and %2$s = ?1 returning %4$s, %3$s, 0")
                .formatted(table, organizationColumn, rowColumn, ownerColumn);
    }

    /** Array column: (owner, row, position) of each element naming ?1, in up to ?2 rows, locked until commit. */
    String selectSomeElements() {
        return ("select t.%4$s, t.%3$s, i from %1$s t, generate_subscripts(t.%2$s, 1) i where t.%2$s[i] = ?1"
                + " and t.%3$s in (select %3$s from %1$s where ?1 = any(%2$s) order by %3$s limit ?2) for update of t")
                .formatted(table, organizationColumn, rowColumn, ownerColumn);
    }

    /** Array column: replaces ?1 by ?2 in rows ?3 (an array). */
    String replaceElements() {
        return "update %1$s set %2$s = array_replace(%2$s, ?1, ?2) where %3$s = any(cast(?3 as uuid[]))"
                .formatted(table, organizationColumn, rowColumn);
    }

    /** Single column: sets back to ?2 the references of rows ?1 (an array) that still are ?3 or ?4; answers owners. */
    String restoreRows() {
        return "update %1$s set %2$s = ?2 where %3$s = any(cast(?1 as uuid[])) and %2$s in (?3, ?4) returning %4$s"
                .formatted(table, organizationColumn, rowColumn, ownerColumn);
    }

    /** Array column: sets back row ?1's element ?2 to ?3 where it still is ?4 or ?5; answers the owner. */
    String restoreElement() {
        return ("update %1$s set %2$s[cast(?2 as int)] = ?3 where %3$s = ?1 and %2$s[cast(?2 as int)] in (?4, ?5)"
                + " returning %4$s").formatted(table, organizationColumn, rowColumn, ownerColumn);
    }
}
