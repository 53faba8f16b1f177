package org.liaison.support.http;

import org.liaison.support.problem.ProblemException;

import java.util.Map;

/** The one 413 answer, whether the size was known from Content-Length or found while reading a chunked body. */
final class ContentTooLarge {

    private ContentTooLarge() {
    }

    static ProblemException problem(long maxBytes) {
        // Connection: close, since the rest of the body is not read and must not be taken for the next request.
        return ProblemException.contentTooLarge("the request body is larger than the limit of " + maxBytes + " bytes",
                Map.of("maxBodySize", maxBytes)).withHeader("Connection", "close");
    }

    /** Whether a Content-Length header announces more than the limit; a malformed one is left to the HTTP server. */
    static boolean announcedTooLarge(String contentLength, long maxBytes) {
        if (contentLength == null) {
            return false;
        }
        String digits = contentLength.trim();
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        // More than 18 digits would overflow a long and is far beyond any limit anyway.
        return digits.length() > 18 || Long.parseLong(digits) > maxBytes;
    }
}
