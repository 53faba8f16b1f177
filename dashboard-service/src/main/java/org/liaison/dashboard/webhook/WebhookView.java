package org.liaison.dashboard.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A subscription as its office sees it. {@code secret} is there only in the answer that made it (creation or
 * rotation): it is shown once.
 *
 * @param status                 {@code active}, {@code paused} (by the system after repeated failures; see
 *                               {@code pausedReason}) or {@code disabled} (by the office)
 * @param consecutiveSlowAnswers 2xx answers in a row that came slower than the service's threshold: each holds the
 *                               next delivery back a little longer ({@code pacedUntil}), as failures do
 * @param pacedUntil             no delivery is sent before this, after slow answers; null when not paced
 * @param droppedWhilePaused     events not queued during the latest pause, because the subscription already held
 *                               the most a paused one may; they are not sent after the resume either
 */
public record WebhookView(UUID id, UUID office, String url, List<String> types, UUID organizationId, String subject,
                          String status, String pausedReason, Instant pausedAt, int consecutiveFailures,
                          int consecutiveSlowAnswers, Instant pacedUntil, long droppedWhilePaused, long version,
                          Instant createdAt, Instant updatedAt,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {

    static WebhookView of(WebhookSubscription s) {
        return of(s, null);
    }

    static WebhookView of(WebhookSubscription s, String secret) {
        return new WebhookView(s.id, s.office, s.url, List.copyOf(s.types), s.organizationId, s.subject, s.status,
                s.pausedReason, s.pausedAt, s.consecutiveFailures, s.consecutiveSlow, s.pacedUntil,
                s.droppedWhilePaused, s.version, s.createdAt, s.updatedAt, secret);
    }
}
