package org.liaison.recommendations.merge;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A column that refers to organisations: one id ({@code recommendation_set.issuing_organization_id}) or an array
 * of them ({@code recommendation.supporting_organization_ids}, where each element is rewritten and restored on its
 * own, by position, so that a list naming both the loser and the winner comes back as it was). The rows are keyed
 * by {@code id}, which is also the aggregate that changes. The SQL is generated from these names, which are
 * constants of {@link ReferenceColumns}, never input.
 *
 * @param field     the name recorded in {@code organization_rewrite.field}; stable once data exists
 * @param aggregate {@link Aggregate#SET} or {@link Aggregate#RECOMMENDATION}: which event a rewrite publishes
 */
public record ReferenceColumn(String field, String table, String column, boolean array, Aggregate aggregate) {

    public enum Aggregate { SET, RECOMMENDATION }

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    public ReferenceColumn {
        for (String name : new String[] {field, table, column}) {
            if (!IDENTIFIER.matcher(Objects.requireNonNull(name, "name")).matches()) {
                throw new IllegalArgumentException("not a plain SQL identifier: " + name);
            }
        }
        Objects.requireNonNull(aggregate, "aggregate");
    }

    /** Rows (id, position) referring to ?1, locked until the rewrite commits; position 0 for a single column. */
    String selectReferring() {
        return array
                ? "select t.id, i from %s t, generate_subscripts(t.%s, 1) i where t.%s[i] = ?1 for update of t"
                        .formatted(table, column, column)
                : "select id, 0 from %s where %s = ?1 for update".formatted(table, column);
    }

    /** Sets row ?1's reference (at position ?2) to ?3. */
    String setOne() {
        return array
                ? "update %s set %s[cast(?2 as int)] = ?3 where id = ?1".formatted(table, column)
                : "update %s set %s = ?3 where id = ?1 and 0 = cast(?2 as int)".formatted(table, column);
    }

    /** Sets row ?1's reference (at position ?2) back to ?3 where it still is ?4 or ?5. */
    String restoreOne() {
        return array
                ? "update %s set %s[cast(?2 as int)] = ?3 where id = ?1 and %s[cast(?2 as int)] in (?4, ?5)"
                        .formatted(table, column, column)
                : "update %s set %s = ?3 where id = ?1 and 0 = cast(?2 as int) and %s in (?4, ?5)"
                        .formatted(table, column, column);
    }
}
