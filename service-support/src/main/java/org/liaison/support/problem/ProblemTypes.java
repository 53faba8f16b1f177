package org.liaison.support.problem;

import jakarta.ws.rs.core.Response;

/** Problem type URIs; {@code about:blank} where the HTTP status says it all (RFC 9457 §4.2.1). */
final class ProblemTypes {

    /** 503: the database cannot be reached right now (down, restarting, out of connections); retry later. */
    static final String DATABASE_UNAVAILABLE = "https://liaison.example/problems/database-unavailable";

    private ProblemTypes() {
    }

    static String forStatus(int status) {
        return switch (status) {
            case 400 -> "https://liaison.example/problems/invalid-request";
            case 409 -> "https://liaison.example/problems/conflict";
            case 422 -> "https://liaison.example/problems/unprocessable";
            default -> "about:blank";
        };
    }

    static String title(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "HTTP " + status : known.getReasonPhrase();
    }
}
