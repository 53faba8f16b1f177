package org.liaison.support.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.liaison.support.problem.Problem;
import org.liaison.support.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Answers an over-long request line with 414 and over-large headers with 431, as problem+json naming the part at
 * fault. The HTTP server refuses such requests itself while decoding them, before any handler runs, with an empty
 * body (Quarkus offers no hook there: quarkusio/quarkus#55082); so its own limits are set above
 * {@code liaison.http.max-request-line-length} and {@code liaison.http.max-header-size}, and this route filter, first
 * of all, refuses what lies between. Only a request beyond the server's limits still gets the empty answer.
 */
@ApplicationScoped
public class RequestHeadLimit {

    /** Ahead of every other filter: nothing else should spend work on a request refused for its size. */
    static final int PRIORITY = 1000;

    /** "HTTP/1.1" and the two spaces of the request line. */
    private static final int LINE_OVERHEAD = 10;

    /** ": " and CRLF of each header line. */
    private static final int HEADER_OVERHEAD = 4;

    private final int maxLine;
    private final long maxHeaderBytes;
    private final ObjectMapper mapper;

    public RequestHeadLimit(RequestLimitsConfig config, ObjectMapper mapper) {
        this.maxLine = config.maxRequestLineLength();
        this.maxHeaderBytes = config.maxHeaderSize().asLongValue();
        this.mapper = mapper;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        ProblemException refused = lineTooLong(request.method().name(), request.uri());
        if (refused == null) {
            refused = headersTooLarge(request);
        }
        if (refused == null) {
            context.next();
            return;
        }
        RouteProblems.start(context, refused).end(RouteProblems.body(mapper, context, refused));
    }

    /** The 414 for a request line longer than the limit, naming its longest query parameter or the path; or null. */
    ProblemException lineTooLong(String method, String uri) {
        int length = method.length() + uri.getBytes(StandardCharsets.UTF_8).length + LINE_OVERHEAD;
        if (length <= maxLine) {
            return null;
        }
        int query = uri.indexOf('?');
        String longest = "path";
        int longestLength = query < 0 ? uri.length() : query;
        if (query >= 0) {
            for (String pair : uri.substring(query + 1).split("&")) {
                int equals = pair.indexOf('=');
                if (pair.length() > longestLength) {
                    longest = equals < 0 ? pair : pair.substring(0, equals);
                    longestLength = pair.length();
                }
            }
        }
        return ProblemException.uriTooLong("the request line is " + length + " bytes, longer than the limit of "
                        + maxLine, new Problem.FieldError(longest, "is " + longestLength + " characters long"),
                maxLine);
    }

    /** The 431 for headers larger than the limit together, naming the largest; or null. */
    ProblemException headersTooLarge(HttpServerRequest request) {
        long total = 0;
        String largest = null;
        long largestBytes = -1;
        for (Map.Entry<String, String> header : request.headers()) {
            long bytes = header.getKey().length() + header.getValue().getBytes(StandardCharsets.UTF_8).length;
            total += bytes + HEADER_OVERHEAD;
            if (bytes > largestBytes) {
                largest = header.getKey();
                largestBytes = bytes;
            }
        }
        if (total <= maxHeaderBytes) {
            return null;
        }
        return ProblemException.headersTooLarge("the request's headers are " + total + " bytes, more than the limit "
                + "of " + maxHeaderBytes, new Problem.FieldError(largest, "is " + largestBytes + " bytes long"),
                maxHeaderBytes);
    }
}
