package org.liaison.support.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;
import java.util.Map;

/** Thrown by domain code for any error a client caused; mapped to problem+json with its status. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final Map<String, Object> extensions;
    private final Map<String, String> headers;

    public ProblemException(int status, String title, String detail, List<Problem.FieldError> errors,
                            Map<String, Object> extensions) {
        this(status, title, detail, errors, extensions, Map.of());
    }

    /**
     * @param headers response headers a client acts on besides the body, e.g. {@code Retry-After} of a 429
     *                or the current {@code ETag} of a 412
     */
    public ProblemException(int status, String title, String detail, List<Problem.FieldError> errors,
                            Map<String, Object> extensions, Map<String, String> headers) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.extensions = Map.copyOf(extensions);
        this.headers = Map.copyOf(headers);
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

    /** The problem+json response, for mappers outside this package. */
    public Response toResponse(UriInfo uri) {
        return ProblemMappers.respond(toProblem(uri == null ? null : uri.getRequestUri().getRawPath()), headers);
    }

    public int status() {
        return status;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
