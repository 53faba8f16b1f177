package org.liaison.dashboard.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.liaison.support.paging.KeysetCursor;
import org.liaison.support.paging.KeysetPages;
import org.liaison.support.paging.KeysetQuery;
import org.liaison.support.paging.Page;
import org.liaison.support.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A subscription's deliveries, newest first, each with its latest attempts. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DeliveryLog {

    static final int ATTEMPTS_SHOWN = 20;
    private static final Set<String> STATUSES =
            Set.of(WebhookDelivery.PENDING, WebhookDelivery.DELIVERED, WebhookDelivery.PAUSED, WebhookDelivery.DEAD);

    private final EntityManager entityManager;

    public DeliveryLog(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Page<DeliveryView> page(UUID subscriptionId, String status, int limit, String cursorToken) {
        if (status != null && !status.isEmpty() && !STATUSES.contains(status)) {
            throw ProblemException.badRequest("status", "must be pending, delivered, paused or dead");
        }
        boolean byStatus = status != null && !status.isEmpty();
        KeysetQuery keyset = KeysetQuery.newestFirst(cursorToken);
        keyset.where("subscriptionId = ?", subscriptionId);
        if (byStatus) {
            keyset.where("status = ?", status);
        }
        KeysetQuery.Clause page = keyset.page();
        KeysetQuery.Clause count = keyset.count();
        List<WebhookDelivery> rows = page.bind(entityManager.createQuery("from WebhookDelivery " + page.text(),
                WebhookDelivery.class)).setMaxResults(limit + 1).getResultList();
        long total = count.bind(entityManager.createQuery("select count(*) from WebhookDelivery " + count.text(),
                Long.class)).getSingleResult();
        Page<WebhookDelivery> deliveries = KeysetPages.of(rows, limit, total, d -> new KeysetCursor(d.createdAt, d.id),
                d -> d);
        // The attempts of the page's deliveries, read at once.
        Map<UUID, List<WebhookAttempt>> attempts = attempts(deliveries.items().stream().map(d -> d.id).toList());
        return deliveries.withItems(deliveries.items().stream()
                .map(d -> view(d, attempts.getOrDefault(d.id, List.of()))).toList());
    }

    private Map<UUID, List<WebhookAttempt>> attempts(List<UUID> deliveries) {
        if (deliveries.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("from WebhookAttempt where deliveryId in ?1 order by deliveryId, attempt, id",
                        WebhookAttempt.class)
                .setParameter(1, deliveries).getResultList().stream()
                .collect(Collectors.groupingBy(a -> a.deliveryId, Collectors.toCollection(ArrayList::new)));
    }

    private static DeliveryView view(WebhookDelivery d, List<WebhookAttempt> attempts) {
        List<WebhookAttempt> latest = attempts.subList(Math.max(0, attempts.size() - ATTEMPTS_SHOWN), attempts.size());
        return new DeliveryView(d.id, d.eventId, d.eventType, d.status, d.attempts,
                WebhookDelivery.PENDING.equals(d.status) ? d.nextAttemptAt : null, d.lastStatusCode, d.lastError,
                d.createdAt, d.deliveredAt,
                latest.stream()
                        .map(a -> new DeliveryView.Attempt(a.attempt, a.attemptedAt, a.durationMs, a.statusCode,
                                a.error))
                        .toList());
    }
}
