package org.liaison.support.http;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Headers every answer carries: {@code X-Content-Type-Options: nosniff}, so a browser never runs a JSON or CSV
 * answer as a script or page; and, on answers that are data rather than pages (JSON, problem+json, CSV, iCalendar),
 * {@code Content-Security-Policy: default-src 'none'; frame-ancestors 'none'}, so such an answer opened in a
 * browser loads nothing and cannot be framed. Pages set a policy of their own (the dashboard, the printable
 * report), which this leaves alone; Quarkus's own pages under {@code /q/} (Swagger UI) are left as they are.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String DATA_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /**
     * Early in the route order (higher runs first), so that every answer, the 413 of BodySizeLimit included, has them.
     */
    static final int PRIORITY = 200;

    void register(@Observes Filters filters) {
        filters.register(this::add, PRIORITY);
    }

    void add(RoutingContext context) {
        // The RoutingContext keeps a list of these; the response itself holds only one, which others replace.
        context.addHeadersEndHandler(ignored -> {
            MultiMap headers = context.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            String type = headers.get(HttpHeaderNames.CONTENT_TYPE);
            if (!headers.contains("Content-Security-Policy") && isData(type)
                    && !context.request().path().startsWith("/q/")) {
                headers.set("Content-Security-Policy", DATA_POLICY);
            }
        });
        context.next();
    }

    private static boolean isData(String contentType) {
        if (contentType == null) {
            return true;
        }
        String type = contentType.toLowerCase();
        return type.contains("json") || type.startsWith("text/csv") || type.startsWith("text/calendar")
                || type.startsWith("text/plain");
    }
}
