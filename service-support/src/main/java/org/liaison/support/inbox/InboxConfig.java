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

    /** Longest pause between attempts. */
    @WithDefault("10s")
    Duration retryMaxBackoff();
}
