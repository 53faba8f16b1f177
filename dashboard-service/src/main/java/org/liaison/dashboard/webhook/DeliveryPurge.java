package org.liaison.dashboard.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * Removes delivered deliveries older than {@code delivered-retention} and dead ones older than
 * {@code dead-retention}, with their attempts (cascade), in batches of {@value #BATCH}, each in a transaction of
 * its own so that a large backlog never holds long locks. Several instances may purge at once: the deletes do
 * not conflict, and neither touches a delivery the worker still handles (pending or paused).
 */
@ApplicationScoped
public class DeliveryPurge {

    private static final Logger LOG = Logger.getLogger(DeliveryPurge.class);
    static final int BATCH = 1000;

    private final EntityManager entityManager;
    private final WebhookConfig config;

    public DeliveryPurge(EntityManager entityManager, WebhookConfig config) {
        this.entityManager = entityManager;
        this.config = config;
    }

    @Scheduled(identity = "dashboard-webhook-purge", every = "${liaison.webhooks.purge-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        int delivered = purge(WebhookDelivery.DELIVERED, "delivered_at", config.deliveredRetention());
        int dead = purge(WebhookDelivery.DEAD, "dead_at", config.deadRetention());
        if (delivered + dead > 0) {
            LOG.debugf("Purged %d delivered and %d dead webhook deliveries", delivered, dead);
        }
    }

    private int purge(String status, String since, Duration retention) {
        int total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                            delete from webhook_delivery where id in (
                                select id from webhook_delivery
                                 where status = ?1 and %s < now() - ?2 * interval '1 millisecond'
                                 limit ?3)""".formatted(since))
                    .setParameter(1, status).setParameter(2, retention.toMillis()).setParameter(3, BATCH)
                    .executeUpdate());
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }
}
