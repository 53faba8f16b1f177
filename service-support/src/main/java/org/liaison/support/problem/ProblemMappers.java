package org.liaison.support.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.liaison.support.persistence.DatabaseUnavailable;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The one mapping from exceptions to RFC 9457 problem details, for every service. A client's mistake is
 * a 4xx naming the field at fault; a database that cannot be reached is a 503 with Retry-After; anything else is a
 * 500 that says nothing about the code behind it.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** When to try again after the database was unreachable: a restart of PostgreSQL takes a few seconds. */
    static final String DATABASE_RETRY_AFTER_SECONDS = "2";

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(path(uri)), e.headers());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(FieldPaths.ofViolation(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return respond(new Problem(ProblemTypes.forStatus(400), "Invalid request", 400, detail, path(uri), errors,
                Map.of()));
    }

    /** Listed one by one so that they win over Quarkus's own mappers for the narrower Jackson types. */
    @ServerExceptionMapper({JsonProcessingException.class, JsonMappingException.class, MismatchedInputException.class,
            InvalidFormatException.class, ValueInstantiationException.class, UnrecognizedPropertyException.class,
            StreamConstraintsException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException mapping ? FieldPaths.ofJson(mapping.getPath()) : "";
        String message;
        StreamConstraintsException limit = e instanceof StreamConstraintsException direct ? direct
                : e.getCause() instanceof StreamConstraintsException wrapped ? wrapped : null;
        if (limit != null) {
            message = JsonLimitMessages.of(limit);
        } else if (e instanceof JsonMappingException mapping) {
            Problem.FieldError unreadable = FieldPaths.ofUnreadable(mapping);
            field = unreadable.field();
            message = unreadable.message();
        } else {
            message = "the body is not well-formed JSON";
        }
        List<Problem.FieldError> errors = field.isEmpty() ? List.of() : List.of(new Problem.FieldError(field, message));
        String detail = field.isEmpty() ? message : field + ": " + message;
        return respond(new Problem(ProblemTypes.forStatus(400), "Invalid request", 400, detail, path(uri), errors,
                Map.of()));
    }

    /**
     * Two updates that both passed their If-Match check on the same version: the one that flushed second
     * loses here. 412, not 409, because to the client it is the same outcome as a stale If-Match.
     */
    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentChange(RuntimeException e, UriInfo uri) {
        return respond(new Problem(ProblemTypes.forStatus(412), "Precondition Failed", 412,
                "the record was changed by someone else meanwhile; read it again and retry with its new ETag in "
                + "If-Match", path(uri), List.of(), Map.of()));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            // Quarkus wraps some body-reading failures (e.g. a value a @JsonCreator refused) in a plain 400.
            return unreadableJson(unreadable, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        String detail = status >= 500 ? null : e.getMessage();
        return respond(new Problem(ProblemTypes.forStatus(status), ProblemTypes.title(status), status, detail,
                path(uri), List.of(), Map.of()));
    }

    @ServerExceptionMapper(priority = Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (causedByConcurrentChange(e)) {
            // A version clash found only at commit arrives wrapped (RollbackException inside the interceptor's).
            return concurrentChange(null, uri);
        }
        if (causedBy(e, PessimisticLockException.class)) {
            // A deadlock or lock timeout rolled the whole request back: nothing was written, and trying again
            // will very likely succeed, so it is the client's to retry rather than a server fault.
            LOG.warn("Request rolled back on a lock conflict: " + e);
            return respond(new Problem(ProblemTypes.forStatus(503), "Service Unavailable", 503,
                    "the request met a concurrent change and was rolled back; nothing was written, retry it",
                    path(uri), List.of(), Map.of()), Map.of("Retry-After", "1"));
        }
        if (DatabaseUnavailable.causedBy(e)) {
            // PostgreSQL is down, restarting, out of connections or refusing writes (read-only, disk full): not this
            // request's fault nor a bug, and over soon; the pool reconnects by itself. The client is told when to try
            // again (a create with the same Idempotency-Key, an update with the same If-Match: neither can take effect
            // twice).
            LOG.warn("Request failed, the database is unavailable: " + e);
            return respond(new Problem(ProblemTypes.DATABASE_UNAVAILABLE, "Service Unavailable", 503,
                    "the database is unavailable at the moment; retry after the delay in Retry-After",
                    path(uri), List.of(), Map.of()), Map.of("Retry-After", DATABASE_RETRY_AFTER_SECONDS));
        }
        LOG.error("Unexpected failure", e);
        return respond(new Problem("about:blank", "Internal Server Error", 500,
                "the server failed to handle this request; it has been logged", path(uri), List.of(), Map.of()));
    }

    static Response respond(Problem problem) {
        return respond(problem, Map.of());
    }

    static Response respond(Problem problem, Map<String, String> headers) {
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        headers.forEach(response::header);
        return response.build();
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        Throwable cause = e;
        for (int depth = 0; cause != null && depth < 16; depth++, cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean causedByConcurrentChange(Throwable e) {
        Throwable cause = e;
        for (int depth = 0; cause != null && depth < 16; depth++, cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return true;
            }
        }
        return false;
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
