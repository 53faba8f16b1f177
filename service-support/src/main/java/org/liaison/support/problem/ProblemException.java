package org.liaison.support.problem;

import java.util.List;
import java.util.Map;

/** Thrown by domain code for any error a client caused; mapped to problem+json with its status. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final Map<String, Object> extensions;

    public ProblemException(int status, String title, String detail, List<Problem.FieldError> errors,
                            Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.extensions = Map.copyOf(extensions);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "Not found", what + " " + id + " does not exist", List.of(), Map.of());
    }

    /** A request that is well-formed but names something that cannot be used, e.g. an unknown organisation. */
    public static ProblemException unprocessable(String field, String message) {
        return new ProblemException(422, "Unprocessable content", message,
                List.of(new Problem.FieldError(field, message)), Map.of());
    }

    public static ProblemException conflict(String detail, Map<String, Object> extensions) {
        return new ProblemException(409, "Conflict", detail, List.of(), extensions);
    }

    public static ProblemException badRequest(String field, String message) {
        return new ProblemException(400, "Invalid request", message,
                List.of(new Problem.FieldError(field, message)), Map.of());
    }

    public Problem toProblem(String instance) {
        return new Problem(ProblemTypes.forStatus(status), title, status, getMessage(), instance, errors, extensions);
    }

    public int status() {
        return status;
    }
}
