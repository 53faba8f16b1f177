package org.liaison.support.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.support.problem.Problem;
import org.liaison.support.problem.ProblemException;

/**
 * Refuses a body whose Content-Length exceeds {@code liaison.http.max-body-size} with 413 problem+json, before
 * a byte of it is read. It is a Vert.x route filter rather than a REST filter so that it runs ahead of
 * Quarkus's own upload limit (route order -2), which would answer a bare 413 for bodies above
 * {@code quarkus.http.limits.max-body-size}. Chunked bodies have no Content-Length: {@link BodySizeLimitInterceptor}
 * counts those as they are read.
 */
@ApplicationScoped
public class BodySizeLimit {

    /** Route order -100: after nothing that matters, before Quarkus's upload limit at -2. */
    static final int PRIORITY = 100;

    private final long maxBytes;
    private final ObjectMapper mapper;

    public BodySizeLimit(RequestLimitsConfig config, ObjectMapper mapper) {
        this.maxBytes = config.maxBodySize().asLongValue();
        this.mapper = mapper;
    }

    long maxBytes() {
        return maxBytes;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    void check(RoutingContext context) {
        if (!ContentTooLarge.announcedTooLarge(context.request().getHeader(HttpHeaderNames.CONTENT_LENGTH), maxBytes)) {
            context.next();
            return;
        }
        ProblemException tooLarge = ContentTooLarge.problem(maxBytes);
        HttpServerResponse response = context.response().setStatusCode(tooLarge.status());
        tooLarge.headers().forEach(response::putHeader);
        response.putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE);
        // The unread body must not be taken for the next request: close, as Quarkus's own limit does.
        response.endHandler(done -> context.request().connection().close());
        response.end(json(tooLarge.toProblem(context.request().path())));
    }

    private String json(Problem problem) {
        try {
            return mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem document cannot be written as JSON", e);
        }
    }
}
