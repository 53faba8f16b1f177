package org.liaison.support.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The per-office request rate limit ({@code liaison.rate-limit.*}). Buckets live in each instance's memory:
 * with N instances behind a load balancer an office may reach N times the rate.
 */
@ConfigMapping(prefix = "liaison.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** The sustained rate each office (or anonymous address) may keep up. */
    @WithDefault("20")
    double requestsPerSecond();

    /** How many requests may come at once after a quiet spell (the bucket's capacity). */
    @WithDefault("100")
    int burst();

    /**
     * How many buckets are kept at most. Past that, idle (full) buckets are dropped; if none is idle, new
     * callers share one overflow bucket until some are, so memory stays bounded under a flood of addresses.
     */
    @WithDefault("100000")
    int maxBuckets();
}
