package org.liaison.support.problem;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The factories' bodies and headers, field by field, as the call sites built them by hand before: clients and the
 * bad-input tests compare titles and type URIs, so a factory that drifted from them would change every answer of
 * its status at once, and only an end-to-end test of that one status would notice.
 */
class ProblemFactoriesTest {

    private static final String ABOUT_BLANK = "about:blank";
    private static final Problem.FieldError FIELD = new Problem.FieldError("status", "cannot go from a to b");

    @Test
    void badRequest() {
        assertProblem(ProblemException.badRequest("the body is not well-formed UTF-8"),
                "https://liaison.example/problems/invalid-request", "Invalid request", 400,
                "the body is not well-formed UTF-8", List.of(), Map.of(), Map.of());
        assertProblem(ProblemException.badRequest("role", "must not be null"),
                "https://liaison.example/problems/invalid-request", "Invalid request", 400, "must not be null",
                List.of(new Problem.FieldError("role", "must not be null")), Map.of(), Map.of());
    }

    @Test
    void unauthorizedAlwaysNamesTheScheme() {
        assertProblem(ProblemException.unauthorized("a bearer token is required"), ABOUT_BLANK, "Unauthorized", 401,
                "a bearer token is required", List.of(), Map.of(), Map.of("WWW-Authenticate", "Bearer"));
    }

    @Test
    void forbidden() {
        assertProblem(ProblemException.forbidden("your role may not do this"), ABOUT_BLANK, "Forbidden", 403,
                "your role may not do this", List.of(), Map.of(), Map.of());
        assertProblem(ProblemException.forbidden("only admins", FIELD), ABOUT_BLANK, "Forbidden", 403, "only admins",
                List.of(FIELD), Map.of(), Map.of());
    }

    @Test
    void notFound() {
        UUID id = UUID.fromString("00000000-0000-0000-0000-000000000001");
        assertProblem(ProblemException.notFound("organization", id), ABOUT_BLANK, "Not found", 404,
                "organization " + id + " does not exist", List.of(), Map.of(), Map.of());
        assertProblem(ProblemException.notFound("no outbox event 7 is parked"), ABOUT_BLANK, "Not found", 404,
                "no outbox event 7 is parked", List.of(), Map.of(), Map.of());
    }

    @Test
    void conflict() {
        String conflict = "https://liaison.example/problems/conflict";
        assertProblem(ProblemException.conflict("taken", Map.of("existingId", "x")), conflict, "Conflict", 409,
                "taken", List.of(), Map.of("existingId", "x"), Map.of());
        assertProblem(ProblemException.conflict("a b cannot become c", FIELD, Map.of("currentStatus", "a")), conflict,
                "Conflict", 409, "a b cannot become c", List.of(FIELD), Map.of("currentStatus", "a"), Map.of());
        assertProblem(ProblemException.conflict("still being processed", Map.of()).withHeader("Retry-After", "1"),
                conflict, "Conflict", 409, "still being processed", List.of(), Map.of(), Map.of("Retry-After", "1"));
    }

    @Test
    void contentTooLarge() {
        assertProblem(ProblemException.contentTooLarge("split the file", Map.of("maxRecords", 10)), ABOUT_BLANK,
                "Content Too Large", 413, "split the file", List.of(), Map.of("maxRecords", 10), Map.of());
    }

    @Test
    void unprocessable() {
        String unprocessable = "https://liaison.example/problems/unprocessable";
        Problem.FieldError key = new Problem.FieldError("Idempotency-Key", "was used for another request");
        assertProblem(ProblemException.unprocessable("personId", "no person 1 is registered"), unprocessable,
                "Unprocessable content", 422, "no person 1 is registered",
                List.of(new Problem.FieldError("personId", "no person 1 is registered")), Map.of(), Map.of());
        assertProblem(ProblemException.unprocessable("Idempotency-Key was used for another request", key),
                unprocessable, "Unprocessable content", 422, "Idempotency-Key was used for another request",
                List.of(key), Map.of(), Map.of());
        List<Problem.FieldError> lines = List.of(new Problem.FieldError("lines[3].status", "cannot go from a to b"),
                new Problem.FieldError("lines[5].progress", "must be a percentage from 0 to 100"));
        assertProblem(ProblemException.unprocessable("2 of 6 lines cannot be applied", lines,
                        Map.of("lines", List.of(3, 5))), unprocessable, "Unprocessable content", 422,
                "2 of 6 lines cannot be applied", lines, Map.of("lines", List.of(3, 5)), Map.of());
    }

    @Test
    void tooManyRequestsAndServiceUnavailableSayWhenToRetry() {
        assertProblem(ProblemException.tooManyRequests("slow down", 3), ABOUT_BLANK, "Too Many Requests", 429,
                "slow down", List.of(), Map.of(), Map.of("Retry-After", "3"));
        assertProblem(ProblemException.serviceUnavailable("still reading", 5), ABOUT_BLANK, "Service Unavailable", 503,
                "still reading", List.of(), Map.of(), Map.of("Retry-After", "5"));
        assertProblem(ProblemException.serviceUnavailable("not known yet"), ABOUT_BLANK, "Service Unavailable", 503,
                "not known yet", List.of(), Map.of(), Map.of());
    }

    @Test
    void withHeaderKeepsTheBodyAndTheOtherHeaders() {
        ProblemException tooMany = ProblemException.tooManyRequests("slow down", 3).withHeader("Connection", "close");
        assertProblem(tooMany, ABOUT_BLANK, "Too Many Requests", 429, "slow down", List.of(), Map.of(),
                Map.of("Retry-After", "3", "Connection", "close"));
    }

    @Test
    void aSubclassCarriesTheFactorysProblem() {
        ProblemException typed = new ProblemException(ProblemException.conflict("taken", FIELD, Map.of("a", 1))) {
        };
        assertProblem(typed, "https://liaison.example/problems/conflict", "Conflict", 409, "taken", List.of(FIELD),
                Map.of("a", 1), Map.of());
    }

    private static void assertProblem(ProblemException e, String type, String title, int status, String detail,
                                      List<Problem.FieldError> errors, Map<String, Object> extensions,
                                      Map<String, String> headers) {
        assertEquals(new Problem(type, title, status, detail, "/x", errors, extensions), e.toProblem("/x"));
        assertEquals(status, e.status());
        assertEquals(detail, e.getMessage());
        assertEquals(headers, e.headers());
    }
}
