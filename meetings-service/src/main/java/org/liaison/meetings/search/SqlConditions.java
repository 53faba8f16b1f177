package org.liaison.meetings.search;

import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.StringJoiner;

/**
 * A native SQL condition built from fixed fragments and positional parameters ({@code ?1}, {@code ?2}, ...): values
 * never become SQL text. Fragments name a parameter as {@code ?} and {@link #add} numbers them in order.
 */
public final class SqlConditions {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    /** Adds {@code fragment} ANDed with the others, its {@code ?}s bound to {@code values} in order. */
    public SqlConditions add(String fragment, Object... values) {
        conditions.add("(" + number(fragment, values.length) + ")");
        parameters.addAll(List.of(values));
        return this;
    }

    /** {@code ?, ?, ?} for a list of values, to write {@code column in (...)} with {@link #add}. */
    public static String placeholders(Collection<?> values) {
        StringJoiner joiner = new StringJoiner(", ");
        values.forEach(v -> joiner.add("?"));
        return joiner.toString();
    }

    /** A fragment with its {@code ?}s numbered after the parameters so far (for SELECT or ORDER BY parts). */
    public String bind(String fragment, Object... values) {
        String numbered = number(fragment, values.length);
        parameters.addAll(List.of(values));
        return numbered;
    }

    public String where() {
        return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    }

    public List<Object> parameters() {
        return parameters;
    }

    /** Binds the parameters so far to a native query of this SQL. */
    public <Q extends Query> Q bindTo(Q query) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    private String number(String fragment, int expected) {
        StringBuilder out = new StringBuilder();
        int next = parameters.size() + 1;
        int used = 0;
        for (int i = 0; i < fragment.length(); i++) {
            char c = fragment.charAt(i);
            out.append(c);
            if (c == '?') {
                out.append(next++);
                used++;
            }
        }
        if (used != expected) {
            throw new IllegalArgumentException(expected + " values for " + used + " parameters in " + fragment);
        }
        return out.toString();
    }
}
