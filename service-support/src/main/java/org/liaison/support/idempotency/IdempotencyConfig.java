package org.liaison.support.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of {@code Idempotency-Key} handling ({@code liaison.idempotency.*}). */
@ConfigMapping(prefix = "liaison.idempotency")
public interface IdempotencyConfig {

    /** How long a key is remembered; used again after that, it creates anew. */
    @WithDefault("24h")
    Duration ttl();

    /**
     * How long an unfinished claim holds its key. A claim still unfinished after this was abandoned (the
     * instance died mid-create) and may be taken over. Must exceed the transaction timeout
     * ({@code quarkus.transaction-manager.default-transaction-timeout}, 60 s by default): by then the
     * abandoned create has certainly been rolled back, so taking over cannot create twice.
     */
    @WithDefault("2m")
    Duration leaseTimeout();

    /** How often expired keys are deleted ({@code off} disables the purge; expired keys are also reused on sight). */
    @WithDefault("1h")
    String purgeInterval();
}
