package org.liaison.support.idempotency;

import org.liaison.support.problem.ProblemException;

/** The rules for an {@code Idempotency-Key} value: 1 to 255 printable ASCII characters (space included, inside). */
public final class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_LENGTH = 255;

    private IdempotencyKeys() {
    }

    static boolean isValid(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_LENGTH || key.isBlank()) {
            return false;
        }
        return key.chars().allMatch(c -> c >= 0x20 && c <= 0x7E);
    }

    /** @throws ProblemException 400 naming {@code Idempotency-Key} */
    static void requireValid(String key) {
        if (!isValid(key)) {
            throw ProblemException.badRequest(HEADER, "must be 1 to " + MAX_LENGTH
                    + " printable ASCII characters, e.g. a UUID; send a new one for each new request");
        }
    }
}
