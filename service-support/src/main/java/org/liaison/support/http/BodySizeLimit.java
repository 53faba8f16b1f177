package org.liaison.support.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.liaison.support.problem.ProblemException;

import java.util.Locale;

/**
 * Refuses a body whose Content-Length exceeds {@code liaison.http.max-body-size} (a multipart upload:
 * {@code liaison.http.max-upload-size}) with 413 problem+json, before a byte of it is read. It is a Vert.x route
 * filter rather than a REST filter so that it runs ahead of Quarkus's own upload limit (route order -2), which would
 * answer a bare 413 for bodies above {@code quarkus.http.limits.max-body-size}. Chunked bodies have no
 * Content-Length: {@link BodySizeLimitInterceptor} counts those as they are read.
 */
@ApplicationScoped
public class BodySizeLimit {

    /** Route order -100: after nothing that matters, before Quarkus's upload limit at -2. */
    static final int PRIORITY = 100;

    /**
     * An announced body up to this size is read and discarded before the connection closes; above it, closed at once.
     */
    static final long MAX_DISCARDED_BYTES = 16L * 1024 * 1024;

    /** A client that announces a body and sends it slowly gets this long, then the connection closes. */
    static final long DISCARD_TIMEOUT_MS = 10_000;

    private final long maxBytes;
    private final long maxUploadBytes;
    private final ObjectMapper mapper;

    public BodySizeLimit(RequestLimitsConfig config, ObjectMapper mapper) {
        this.maxBytes = config.maxBodySize().asLongValue();
        this.maxUploadBytes = config.maxUploadSize().map(MemorySize::asLongValue).orElse(maxBytes);
        this.mapper = mapper;
    }

    long maxBytes() {
        return maxBytes;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    void check(RoutingContext context) {
        long limit = isUpload(context.request()) ? maxUploadBytes : maxBytes;
        if (!ContentTooLarge.announcedTooLarge(context.request().getHeader(HttpHeaderNames.CONTENT_LENGTH), limit)) {
            context.next();
            return;
        }
        ProblemException tooLarge = ContentTooLarge.problem(limit);
        HttpServerResponse response = RouteProblems.start(context, tooLarge);
        discardBodyThenClose(context,
                Long.parseLong(context.request().getHeader(HttpHeaderNames.CONTENT_LENGTH).trim()));
        response.end(RouteProblems.body(mapper, context, tooLarge));
    }

    /** A multipart form, the only kind of body that carries files (liaison.http.max-upload-size). */
    private static boolean isUpload(HttpServerRequest request) {
        String type = request.getHeader(HttpHeaderNames.CONTENT_TYPE);
        return type != null && type.trim().toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /**
     * The unread body must not be taken for the next request, so the connection closes; but not at once. Many
     * clients (Apache HttpClient 4, java.net.HttpURLConnection) write the whole body before they read, and a
     * connection closed under their write fails it with a broken pipe or a reset that discards our answer. So the
     * announced body is read and thrown away first, up to {@link #MAX_DISCARDED_BYTES} and for at most
     * {@link #DISCARD_TIMEOUT_MS}, and the connection closes when it ends (or at either bound).
     */
    private static void discardBodyThenClose(RoutingContext context, long announcedBytes) {
        HttpServerRequest request = context.request();
        if (announcedBytes > MAX_DISCARDED_BYTES) {
            context.response().endHandler(done -> request.connection().close());
            return;
        }
        Vertx vertx = context.vertx();
        long timer = vertx.setTimer(DISCARD_TIMEOUT_MS, id -> request.connection().close());
        request.handler(ignored -> {
        });
        request.exceptionHandler(error -> {
            vertx.cancelTimer(timer);
            request.connection().close();
        });
        // The answer was written when the response ended, long before the last byte of the body arrives.
        request.endHandler(done -> {
            vertx.cancelTimer(timer);
            request.connection().close();
        });
        request.resume();
    }
}
