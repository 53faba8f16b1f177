package org.liaison.support.ratelimit;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.Response;
import org.liaison.support.problem.ProblemException;

import java.util.List;
import java.util.Optional;

/**
 * Answers 429 problem+json with {@code Retry-After} to a caller over its rate ({@link RateLimitConfig}).
 * Authentication is lazy in Liaison, so the identity is asked for asynchronously (it is memoised: the
 * endpoint's own check reuses it); a token that fails counts against the address, and the endpoint answers
 * the 401 as usual. A request without a token but with a good credential of the service's own
 * ({@link RequestCredentials}: a stream ticket) counts against that credential's office. {@code /q/*} (health, metrics,
 * OpenAPI) is never limited.
 */
@ApplicationScoped
public class OfficeRateLimit {

    private static final String REFUSED = "liaison.http.rate.limited";

    private final RateLimitConfig config;
    private final RateLimiter limiter;
    private final CurrentIdentityAssociation identities;
    private final MeterRegistry registry;
    private final List<RequestCredentials> credentials;

    public OfficeRateLimit(RateLimitConfig config, CurrentIdentityAssociation identities, MeterRegistry registry,
                           Instance<RequestCredentials> credentials) {
        this.config = config;
        this.limiter = new RateLimiter(config.requestsPerSecond(), config.burst(), config.maxBuckets(),
                System::nanoTime);
        this.identities = identities;
        this.registry = registry;
        this.credentials = credentials.stream().toList();
        registry.counter(REFUSED); // at 0 from the start: "none refused" is a series too
    }

    /** @return a Uni of null to go on; a failed one (429 {@link ProblemException}) to refuse */
    public Uni<Response> check(HttpServerRequest request) {
        if (!config.enabled() || request.path().startsWith("/q/")) {
            return Uni.createFrom().nullItem();
        }
        String address = address(request.remoteAddress());
        return identities.getDeferredIdentity()
                .onFailure().recoverWithNull()
                .map(identity -> acquire(identity == null || identity.isAnonymous() ? credentialOf(request) : identity,
                        address));
    }

    /** Full buckets are dropped every minute, so an instance's memory follows its active callers. */
    @Scheduled(identity = "liaison-rate-limit-eviction", every = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void evictIdle() {
        limiter.evictIdle();
    }

    private SecurityIdentity credentialOf(HttpServerRequest request) {
        for (RequestCredentials credential : credentials) {
            Optional<SecurityIdentity> identity = credential.identify(request);
            if (identity.isPresent()) {
                return identity.get();
            }
        }
        return null;
    }

    private Response acquire(SecurityIdentity identity, String address) {
        String key = RateLimitKeys.of(identity, address);
        long waitSeconds = limiter.acquire(key);
        if (waitSeconds == 0) {
            return null;
        }
        registry.counter(REFUSED).increment();
        throw ProblemException.tooManyRequests(
                RateLimitKeys.sender(key) + " more than " + rate() + " requests per second (bursts of up to "
                        + config.burst() + "); retry after " + waitSeconds + " s",
                waitSeconds);
    }

    private String rate() {
        double rate = config.requestsPerSecond();
        return rate == Math.rint(rate) ? Long.toString((long) rate) : Double.toString(rate);
    }

    private static String address(SocketAddress remote) {
        return remote == null ? null : remote.hostAddress();
    }
}
