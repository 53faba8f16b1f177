package org.liaison.dashboard.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An office's webhook: where to POST which events, and whether it currently receives them. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {

    public static final String ACTIVE = "active";
    /**
     * Paused by the system after repeated failures; new events still queue up (as paused deliveries), up to
     * {@code max-held-per-subscription}.
     */
    public static final String PAUSED = "paused";
    /** Switched off by the office ({@code active: false}); receives nothing meanwhile. */
    public static final String DISABLED = "disabled";

    @Id
    public UUID id;

    public UUID office;

    public String url;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> types = new ArrayList<>();

    @Column(name = "organization_id")
    public UUID organizationId;

    public String subject;

    /** As {@link SecretBox#seal} stored it. */
    public String secret;

    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_until")
    public Instant previousSecretUntil;

    public String status;

    @Column(name = "paused_reason")
    public String pausedReason;

    @Column(name = "paused_at")
    public Instant pausedAt;

    /** Written by the delivery worker's SQL, never through this entity. */
    @Column(name = "consecutive_failures", insertable = false, updatable = false)
    public int consecutiveFailures;

    /** Answers slower than {@code slow-answer-threshold} in a row; written by the delivery worker's SQL. */
    @Column(name = "consecutive_slow", insertable = false, updatable = false)
    public int consecutiveSlow;

    /** Not claimed before this, after slow answers; written by the delivery worker's SQL. */
    @Column(name = "paced_until", insertable = false, updatable = false)
    public Instant pacedUntil;

    /** Events not queued during the latest pause (it held the most it may); written by the fan-out's SQL. */
    @Column(name = "dropped_while_paused", insertable = false, updatable = false)
    public long droppedWhilePaused;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public SubscriptionFilter filter() {
        return new SubscriptionFilter(types, organizationId, subject);
    }
}
