package org.liaison.dashboard.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One entry of a subscription's delivery log.
 *
 * @param id            also the {@code webhook-id} header every attempt carried
 * @param status        {@code pending}, {@code delivered}, {@code paused} or {@code dead} (given up after
 *                      failing for longer than the service's give-up age)
 * @param attempts      attempts so far
 * @param nextAttemptAt when a pending delivery is tried next
 * @param attemptLog    the latest {@value DeliveryLog#ATTEMPTS_SHOWN} attempts, oldest first
 */
public record DeliveryView(UUID id, String eventId, String eventType, String status, int attempts,
                           Instant nextAttemptAt, Integer lastStatusCode, String lastError, Instant createdAt,
                           Instant deliveredAt, List<Attempt> attemptLog) {

    /** @param statusCode absent when no answer came; then {@code error} says why */
    public record Attempt(int attempt, Instant attemptedAt, long durationMs, Integer statusCode, String error) {
    }
}
