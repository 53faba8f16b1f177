package org.liaison.support.paging;

import org.liaison.support.problem.ProblemException;

/**
 * The {@code limit} query parameter of list endpoints. Read as text here because JAX-RS answers an
 * unconvertible query parameter with 404, where the client deserves a 400 naming the parameter.
 */
public final class PageLimit {

    public static final String PARAM = "limit";
    public static final int DEFAULT = 50;
    public static final int MAX = 200;

    private PageLimit() {
    }

    /** @param raw the parameter as sent; absent means {@link #DEFAULT} */
    public static int parse(String raw) {
        if (raw == null || raw.isEmpty()) {
            return DEFAULT;
        }
        int limit;
        try {
            limit = Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(PARAM, "must be a whole number from 1 to " + MAX);
        }
        if (limit < 1 || limit > MAX) {
            throw ProblemException.badRequest(PARAM, "must be from 1 to " + MAX);
        }
        return limit;
    }
}
