package org.liaison.support.http;

import org.liaison.contracts.EnumCodes;
import org.liaison.support.problem.ProblemException;

import java.util.UUID;

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

    /** @return null when the parameter is absent */
    public static UUID uuid(String param, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(param, "must be a UUID");
        }
    }

    /** @return null when the parameter is absent */
    public static Boolean bool(String param, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        return switch (raw) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.badRequest(param, "must be true or false");
        };
    }
}
