package org.liaison.support.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Thrown by domain code for any error a client caused; mapped to problem+json with its status. */
public class ProblemException extends RuntimeException {

    private static final String BAD_REQUEST = "Invalid request";
    private static final String FORBIDDEN = "Forbidden";
    private static final String CONFLICT = "Conflict";
    private static final String SERVICE_UNAVAILABLE = "Service Unavailable";
    private static final String RETRY_AFTER = "Retry-After";

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

    /**
     * The problem already carried by {@code problem}, for a subclass that gives one kind of problem a type of its
     * own (so that code which must tell it apart catches that type instead of reading the status back), built by
     * one of the factories below so that its body is the factory's.
     */
    protected ProblemException(ProblemException problem) {
        this(problem.status, problem.title, problem.getMessage(), problem.errors, problem.extensions, problem.headers);
    }

    // The factories: each status's title (and, through ProblemTypes, its type) is written here once. Clients and
    // the bad-input tests compare the bodies, so a title changes in one place or not at all.

    /** 400 about the request as a whole, e.g. a body that is not UTF-8. */
    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, BAD_REQUEST, detail, List.of(), Map.of());
    }

    public static ProblemException badRequest(String field, String message) {
        return new ProblemException(400, BAD_REQUEST, message,
                List.of(new Problem.FieldError(field, message)), Map.of());
    }

    /** 401 with {@code WWW-Authenticate: Bearer}, which RFC 9110 §15.5.2 requires of every 401. */
    public static ProblemException unauthorized(String detail) {
        return new ProblemException(401, "Unauthorized", detail, List.of(), Map.of(),
                Map.of("WWW-Authenticate", "Bearer"));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, FORBIDDEN, detail, List.of(), Map.of());
    }

    /** 403 that names the field whose value the caller may not give, e.g. another office as the reporter. */
    public static ProblemException forbidden(String detail, Problem.FieldError error) {
        return new ProblemException(403, FORBIDDEN, detail, List.of(error), Map.of());
    }

    public static ProblemException notFound(String what, Object id) {
        return notFound(what + " " + id + " does not exist");
    }

    /** 404 with a detail of its own, for something that exists but not in the state asked for. */
    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not found", detail, List.of(), Map.of());
    }

    public static ProblemException conflict(String detail, Map<String, Object> extensions) {
        return new ProblemException(409, CONFLICT, detail, List.of(), extensions);
    }

    /**
     * 409 that names the field whose value conflicts with the stored state, e.g. a status the current one cannot
     * become.
     *
     * @param extensions what the client needs to resolve it, e.g. the current status
     */
    public static ProblemException conflict(String detail, Problem.FieldError error, Map<String, Object> extensions) {
        return new ProblemException(409, CONFLICT, detail, List.of(error), extensions);
    }

    /** 413 with the limit in {@code extensions}, e.g. {@code maxRecords}. */
    public static ProblemException contentTooLarge(String detail, Map<String, Object> extensions) {
        return new ProblemException(413, "Content Too Large", detail, List.of(), extensions);
    }

    /** 414 naming the longest part of the request line (a query parameter, or the path), with the limit. */
    public static ProblemException uriTooLong(String detail, Problem.FieldError error, long maxBytes) {
        return new ProblemException(414, "URI Too Long", detail, List.of(error),
                Map.of("maxRequestLineLength", maxBytes));
    }

    /** 431 naming the largest header, with the limit on all of them together. */
    public static ProblemException headersTooLarge(String detail, Problem.FieldError error, long maxBytes) {
        return new ProblemException(431, "Request Header Fields Too Large", detail, List.of(error),
                Map.of("maxHeaderSize", maxBytes));
    }

    /**
     * 415 naming the field whose content is of a type the endpoint does not take, e.g. an uploaded file whose bytes
     * are not what its name says.
     *
     * @param extensions what the client needs to send something acceptable, e.g. the accepted types
     */
    public static ProblemException unsupportedMediaType(String field, String message, Map<String, Object> extensions) {
        return new ProblemException(415, "Unsupported Media Type", message,
                List.of(new Problem.FieldError(field, message)), extensions);
    }

    /** A request that is well-formed but names something that cannot be used, e.g. an unknown organisation. */
    public static ProblemException unprocessable(String field, String message) {
        return unprocessable(message, new Problem.FieldError(field, message));
    }

    /** 422 whose detail says more than its field error, e.g. names the header the field is. */
    public static ProblemException unprocessable(String detail, Problem.FieldError error) {
        return unprocessable(detail, List.of(error), Map.of());
    }

    /**
     * 422 about many parts of a request at once, e.g. the lines of a file that cannot be applied, each part's
     * problems in {@code extensions} as well.
     */
    public static ProblemException unprocessable(String detail, List<Problem.FieldError> errors,
                                                 Map<String, Object> extensions) {
        return new ProblemException(422, "Unprocessable content", detail, errors, extensions);
    }

    /** 429: a limit of the caller's was reached; {@code Retry-After} says when it is worth trying again. */
    public static ProblemException tooManyRequests(String detail, long retryAfterSeconds) {
        return new ProblemException(429, "Too Many Requests", detail, List.of(), Map.of(),
                Map.of(RETRY_AFTER, Long.toString(retryAfterSeconds)));
    }

    /** 503 without a {@code Retry-After}: when it is worth trying again is not known. */
    public static ProblemException serviceUnavailable(String detail) {
        return new ProblemException(503, SERVICE_UNAVAILABLE, detail, List.of(), Map.of());
    }

    public static ProblemException serviceUnavailable(String detail, long retryAfterSeconds) {
        return new ProblemException(503, SERVICE_UNAVAILABLE, detail, List.of(), Map.of(),
                Map.of(RETRY_AFTER, Long.toString(retryAfterSeconds)));
    }

    /**
     * This problem with one more response header, for a header a factory does not set itself, e.g. the
     * {@code Retry-After} of a 409 that will clear by itself.
     */
    public ProblemException withHeader(String name, String value) {
        Map<String, String> more = new HashMap<>(headers);
        more.put(name, value);
        return new ProblemException(status, title, getMessage(), errors, extensions, more);
    }

    /**
     * This problem about a part of a larger request: each field error's path under {@code prefix}
     * ({@code date} → {@code meeting.date}), or the part itself when the problem named no field.
     */
    public ProblemException under(String prefix) {
        List<Problem.FieldError> moved = errors.isEmpty() ? List.of(new Problem.FieldError(prefix, getMessage()))
                : errors.stream().map(e -> new Problem.FieldError(e.field() == null || e.field().isEmpty() ? prefix
                        : prefix + (e.field().startsWith("[") ? "" : ".") + e.field(), e.message())).toList();
        return new ProblemException(status, title, getMessage(), moved, extensions, headers);
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
