package org.liaison.dashboard.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One try of a delivery, as the delivery log shows it (inserted by {@link DeliveryStore}). */
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttempt {

    @Id
    public Long id;

    @Column(name = "delivery_id")
    public UUID deliveryId;

    public int attempt;

    @Column(name = "attempted_at")
    public Instant attemptedAt;

    @Column(name = "duration_ms")
    public long durationMs;

    /** Null when no answer came (timeout, refused connection, an address not allowed). */
    @Column(name = "status_code")
    public Integer statusCode;

    public String error;
}
