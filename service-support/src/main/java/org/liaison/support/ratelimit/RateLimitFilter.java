package org.liaison.support.ratelimit;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Applies {@link OfficeRateLimit} to every REST request. Pre-matching, so it runs before the body is read and
 * also for paths that do not exist.
 */
public class RateLimitFilter {

    /** Application-scoped, so reached through a proxy: Quarkus REST creates filters before runtime config exists. */
    private final OfficeRateLimit rateLimit;

    public RateLimitFilter(OfficeRateLimit rateLimit) {
        this.rateLimit = rateLimit;
    }

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION - 100)
    public Uni<Response> limit(HttpServerRequest request) {
        return rateLimit.check(request);
    }
}
