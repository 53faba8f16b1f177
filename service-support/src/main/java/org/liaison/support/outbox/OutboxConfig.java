package org.liaison.support.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of the outbox relay ({@code liaison.outbox.*}). */
@ConfigMapping(prefix = "liaison.outbox")
public interface OutboxConfig {

    /** Whether this instance runs the relay; several instances may, only one relays at a time. */
    @WithDefault("true")
    boolean relayEnabled();

    /** The CloudEvents source of this service's events, e.g. {@code /orgs-service}. */
    String source();

    /** How many rows one relay round publishes at most. */
    @WithDefault("200")
    int batchSize();

    /** Fallback poll when no NOTIFY arrives (a notification wakes the relay at once). */
    @WithDefault("2s")
    Duration pollInterval();

    /** How long a round waits for the broker's acknowledgements before it gives up and retries later. */
    @WithDefault("30s")
    Duration ackTimeout();

    /** Delay before reconnecting the LISTEN connection after PostgreSQL went away. */
    @WithDefault("1s")
    Duration reconnectDelay();

    /**
     * How often each instance recounts its parked rows for the gauge {@code liaison.outbox.parked.rows}
     * ({@link ParkedEvents}); read by the scheduler, so set in microprofile-config.properties as well.
     */
    @WithDefault("1m")
    Duration parkedRefreshInterval();

    /**
     * How often each instance recounts the rows not yet published for the gauges of {@link OutboxBacklog}; read by
     * the scheduler, so set in microprofile-config.properties as well.
     */
    @WithDefault("10s")
    Duration backlogRefreshInterval();
}
