package org.liaison.support.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of the idempotent consumer ({@code liaison.consumer.*}). */
@ConfigMapping(prefix = "liaison.consumer")
public interface InboxConfig {

    /** Attempts for an unexpected failure before the record goes to the dead-letter topic; a lost
     * database connection is retried without limit. */
    @WithDefault("5")
    int maxAttempts();

    /** First pause between attempts; doubled each time. */
    @WithDefault("200ms")
    Duration retryInitialBackoff();

    /**
     * Longest pause between attempts. Only a transient failure (the database away) gets this far, and the pause is
     * how late the consumer notices the database is back: 10 s made recovery after a PostgreSQL restart take up to
     * 10 s on top of the restart (fault F5); an attempt every 2 s while the database is down costs nothing.
     */
    @WithDefault("2s")
    Duration retryMaxBackoff();
}
