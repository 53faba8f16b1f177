package org.liaison.support.paging;

import org.liaison.support.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/**
 * The position after an item in a list ordered by (creation time, id), passed to clients as an opaque
 * token. Opaque so that its form can change without breaking them.
 */
public record KeysetCursor(Instant after, UUID afterId) {

    public static final String PARAM = "cursor";

    public String encode() {
        String plain = after.toString() + "|" + afterId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** @return null for a null or empty token (the first page) */
    public static KeysetCursor decode(String token) {
        if (token == null || token.isEmpty()) {
            return null;
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int bar = plain.indexOf('|');
            if (bar < 0) {
                throw new IllegalArgumentException("no separator");
            }
            return new KeysetCursor(Instant.parse(plain.substring(0, bar)), UUID.fromString(plain.substring(bar + 1)));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw ProblemException.badRequest(PARAM, "not a cursor this service issued");
        }
    }
}
