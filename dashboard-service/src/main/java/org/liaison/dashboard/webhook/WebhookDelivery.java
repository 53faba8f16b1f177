package org.liaison.dashboard.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One event for one subscription (read-only here: {@link WebhookFanOut} inserts it, {@link DeliveryStore}
 * changes it with SQL that claims and fences each attempt).
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    public static final String PENDING = "pending";
    public static final String DELIVERED = "delivered";
    public static final String PAUSED = "paused";
    /** Still failing after {@code give-up-after}: never tried again, purged after {@code dead-retention}. */
    public static final String DEAD = "dead";

    /** Also the {@code webhook-id} header, the same on every attempt. */
    @Id
    public UUID id;

    @Column(name = "subscription_id")
    public UUID subscriptionId;

    @Column(name = "event_id")
    public String eventId;

    @Column(name = "event_type")
    public String eventType;

    public String status;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_status_code")
    public Integer lastStatusCode;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "dead_at")
    public Instant deadAt;
}
