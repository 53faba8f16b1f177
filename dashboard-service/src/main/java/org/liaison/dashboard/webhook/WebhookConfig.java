package org.liaison.dashboard.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of the webhooks ({@code liaison.webhooks.*}); application.properties documents each. */
@ConfigMapping(prefix = "liaison.webhooks")
public interface WebhookConfig {

    /** Whether this instance sends pending deliveries (any number of instances may; they share the work). */
    @WithDefault("true")
    boolean workerEnabled();

    /** How often the worker looks for due deliveries. */
    @WithDefault("1s")
    Duration pollInterval();

    /** Deliveries one worker round claims at most. */
    @WithDefault("20")
    int batchSize();

    /** Attempts in flight on this instance at most (the size of its pool of attempt threads). */
    @WithDefault("32")
    int maxInFlight();

    /** Attempts in flight for one subscription at most, across all instances. */
    @WithDefault("2")
    int perSubscriptionConcurrency();

    /** How long one attempt may take in all: look-up, connect, TLS, request and the answer's status line. */
    @WithDefault("10s")
    Duration attemptTimeout();

    /** A 2xx slower than this paces its subscription like a failure (a backoff before its next attempt). */
    @WithDefault("5s")
    Duration slowAnswerThreshold();

    /** The pause after the first failed attempt of a delivery; doubled after each further one (±20 % jitter). */
    @WithDefault("30s")
    Duration backoffBase();

    /** The longest pause between two attempts of a delivery. */
    @WithDefault("1h")
    Duration backoffMax();

    /** Consecutive failed attempts of a subscription after which it is paused. */
    @WithDefault("10")
    int pauseAfterFailures();

    /** Deliveries a paused subscription holds at most; later events are counted, not queued. */
    @WithDefault("1000")
    int maxHeldPerSubscription();

    /** A delivery still failing this long after it was queued is given up (dead). */
    @WithDefault("72h")
    Duration giveUpAfter();

    /** Delivered deliveries (and their attempts) are purged this long after delivery. */
    @WithDefault("7d")
    Duration deliveredRetention();

    /** Dead deliveries (and their attempts) are purged this long after they were given up. */
    @WithDefault("30d")
    Duration deadRetention();

    /** How often the purge of delivered and dead deliveries runs (read by its {@code @Scheduled}). */
    @WithDefault("1h")
    Duration purgeInterval();

    /**
     * Internal targets a webhook may reach after all: {@code CIDR[:PORTS]} or {@code HOSTNAME[:PORTS]} entries
     * (see {@link TargetPolicy}); absent: none.
     */
    Optional<List<String>> allowList();

    /** The ports any allowed target may use (ports or ranges). */
    @WithDefault("80,443")
    List<String> allowedPorts();

    /** How long the previous secret still signs (a second signature) after a rotation. */
    @WithDefault("24h")
    Duration rotationOverlap();

    /** Subscriptions per office at most. */
    @WithDefault("50")
    int maxPerOffice();

    /**
     * Base64 of a 32-byte AES key that encrypts the signing secrets at rest; absent: they are stored as they are
     * (a warning at startup says so).
     */
    Optional<String> secretKey();

    /**
     * Whether secrets sealed before they were bound to their subscription ({@code aesgcm:}, no AAD) still open.
     * Startup reseals them bound; switch this off once every instance has started once with the key.
     */
    @WithDefault("true")
    boolean acceptUnboundSecrets();
}
