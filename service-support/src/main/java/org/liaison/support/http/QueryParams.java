package org.liaison.support.http;

import org.liaison.contracts.EnumCodes;
import org.liaison.support.problem.ProblemException;

/** Query parameters read as text and converted here, so that a bad value is a 400 naming the parameter. */
public final class QueryParams {

    private QueryParams() {
    }

    /** @return null when the parameter is absent */
    public static <E extends Enum<E>> E code(Class<E> type, String param, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            return EnumCodes.parse(type, raw);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(param, e.getMessage());
        }
    }
}
