package org.liaison.support.paging;

import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The query of one page of a list ordered by (creation time, id): the list's filter conditions with their values,
 * the condition for the rows after the {@link KeysetCursor}, and the order. It renders the HQL of the page, the HQL
 * of a count, and, for lists whose total {@link PageTotals} counts in native SQL, the same conditions in SQL.
 *
 * <p>Why it exists: each list used to number its {@code ?1, ?2, ...} parameters by hand, and spelled the cursor
 * condition its own way; a number off by one binds a value to the wrong condition, and a wrong cursor condition skips
 * or repeats rows, and neither fails loudly. Here a condition writes each of its parameters as a bare {@code ?},
 * numbered in the order the conditions are added, and the cursor's condition is written once.
 *
 * <p>Fragments are code constants (property, column and function names, operators): every value, and anything a
 * client sent, is given as a value and bound as a parameter, never written into the query. A {@code ?} inside a
 * fragment's string literal would be taken for a parameter, so fragments have none.
 */
public final class KeysetQuery {

    private static final Pattern NUMBERED = Pattern.compile("\\?\\d");
    private static final Pattern ALIAS = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final KeysetCursor cursor;
    private final boolean newestFirst;
    private final List<Condition> conditions = new ArrayList<>();
    private String keyPrefix = "";

    private KeysetQuery(KeysetCursor cursor, boolean newestFirst) {
        this.cursor = cursor;
        this.newestFirst = newestFirst;
    }

    /**
     * A list in creation order, as the lists of the services come.
     *
     * @param cursorToken the {@code cursor} query parameter: absent or empty for the first page
     * @throws org.liaison.support.problem.ProblemException 400 for a token no list issued
     */
    public static KeysetQuery oldestFirst(String cursorToken) {
        return new KeysetQuery(KeysetCursor.decode(cursorToken), false);
    }

    /** A list newest first (a log); its cursors are those of {@link #oldestFirst}, read the other way. */
    public static KeysetQuery newestFirst(String cursorToken) {
        return new KeysetQuery(KeysetCursor.decode(cursorToken), true);
    }

    /**
     * For an HQL query that names its entity ({@code from Recommendation r}): the keys become {@code r.createdAt}
     * and {@code r.id}.
     */
    public KeysetQuery alias(String alias) {
        if (!ALIAS.matcher(alias).matches()) {
            throw new IllegalArgumentException("not an alias: " + alias);
        }
        keyPrefix = alias + ".";
        return this;
    }

    /**
     * Adds a condition that every row of the list meets, ANDed with the others.
     *
     * @param hql    the condition in HQL, each parameter a bare {@code ?} (a value used twice is given twice)
     * @param values the parameters' values, in the order of the {@code ?}s
     * @return the condition, to give it in SQL as well when the total is counted in SQL
     */
    public Condition where(String hql, Object... values) {
        Condition condition = new Condition(new Fragment(hql, values));
        conditions.add(condition);
        return condition;
    }

    /**
     * The page's HQL from {@code where} on (the filters, then the cursor's condition) with its order: {@code where
     * ... order by createdAt, id}, or only the order. Panache takes it as is; prefix {@code from Entity} for others.
     * Fetch one row more than the limit for {@link KeysetPages#of}.
     */
    public Clause page() {
        Numbering hql = new Numbering();
        List<String> parts = new ArrayList<>();
        for (Condition condition : conditions) {
            parts.add(hql.add(condition.hql));
        }
        if (cursor != null) {
            parts.add(afterCursor(hql));
        }
        String direction = newestFirst ? " desc" : "";
        String order = "order by " + keyPrefix + "createdAt" + direction + ", " + keyPrefix + "id" + direction;
        return hql.clause(parts.isEmpty() ? order : "where " + String.join(" and ", parts) + " " + order);
    }

    /** The filters in HQL without the cursor, for a count: {@code where ...}, or empty when there are none. */
    public Clause count() {
        Numbering hql = new Numbering();
        List<String> parts = conditions.stream().map(condition -> hql.add(condition.hql)).toList();
        return hql.clause(whereOf(parts));
    }

    /**
     * The filters in SQL without the cursor, for {@link PageTotals#count}: {@code where ...}, or empty.
     *
     * @throws IllegalStateException if a condition was not given in SQL: that count would not be this list's
     */
    public Clause sqlCount() {
        Numbering sql = new Numbering();
        List<String> parts = new ArrayList<>();
        for (Condition condition : conditions) {
            if (condition.sql == null) {
                throw new IllegalStateException("no SQL for the condition " + condition.hql.text);
            }
            parts.add(sql.add(condition.sql));
        }
        return sql.clause(whereOf(parts));
    }

    /**
     * The rows after the cursor's: a later creation time, or the same one and a greater id (the reverse if newest
     * first).
     */
    private String afterCursor(Numbering hql) {
        String after = hql.bind(cursor.after());
        String afterId = hql.bind(cursor.afterId());
        String beyond = newestFirst ? " < " : " > ";
        String createdAt = keyPrefix + "createdAt";
        return "(" + createdAt + beyond + after + " or (" + createdAt + " = " + after + " and " + keyPrefix + "id"
                + beyond + afterId + "))";
    }

    private static String whereOf(List<String> parts) {
        return parts.isEmpty() ? "" : "where " + String.join(" and ", parts);
    }

    /** A condition of the list: in HQL, and optionally in SQL for a count in SQL. */
    public final class Condition {

        private final Fragment hql;
        private Fragment sql;

        private Condition(Fragment hql) {
            this.hql = hql;
        }

        /**
         * The same condition in native SQL, with its own values (an enumeration's stored code where HQL takes the
         * enumeration itself).
         *
         * @return the query, to add further conditions
         */
        public KeysetQuery sql(String fragment, Object... values) {
            if (sql != null) {
                throw new IllegalStateException("the condition " + hql.text + " already has its SQL");
            }
            sql = new Fragment(fragment, values);
            return KeysetQuery.this;
        }
    }

    /**
     * A rendered part of a query and its parameters' values, in order: {@code ?1} is the first.
     *
     * @param text       from {@code where} on, or empty
     * @param parameters the values; a list because a value may be null
     */
    public record Clause(String text, List<Object> parameters) {

        /** The values as Panache's {@code find} and {@code count} take them. */
        public Object[] parameterArray() {
            return parameters.toArray();
        }

        /** Binds the values to a query created from this clause's text. */
        public <Q extends Query> Q bind(Q query) {
            for (int i = 0; i < parameters.size(); i++) {
                query.setParameter(i + 1, parameters.get(i));
            }
            return query;
        }
    }

    /** A condition's text with bare {@code ?}s, and their values. */
    private record Fragment(String text, List<Object> values) {

        Fragment(String text, Object[] values) {
            this(text, Collections.unmodifiableList(Arrays.asList(values.clone())));
        }

        Fragment {
            if (NUMBERED.matcher(text).find()) {
                throw new IllegalArgumentException("parameters are written ? and numbered here: " + text);
            }
            long marks = text.chars().filter(c -> c == '?').count();
            if (marks != values.size()) {
                throw new IllegalArgumentException(values.size() + " values for " + marks + " parameters in " + text);
            }
        }
    }

    /** Numbers parameters from ?1 on across the fragments of one rendering. */
    private static final class Numbering {

        private final List<Object> values = new ArrayList<>();

        /** The fragment in parentheses (so that an {@code or} in it stays inside), its {@code ?}s numbered. */
        String add(Fragment fragment) {
            StringBuilder out = new StringBuilder("(");
            int next = 0;
            for (char c : fragment.text().toCharArray()) {
                if (c == '?') {
                    out.append(bind(fragment.values().get(next++)));
                } else {
                    out.append(c);
                }
            }
            return out.append(')').toString();
        }

        /** The next parameter, bound to {@code value}. */
        String bind(Object value) {
            values.add(value);
            return "?" + values.size();
        }

        Clause clause(String text) {
            return new Clause(text, Collections.unmodifiableList(new ArrayList<>(values)));
        }
    }
}
