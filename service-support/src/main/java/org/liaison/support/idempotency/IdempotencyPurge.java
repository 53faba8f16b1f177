package org.liaison.support.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * Deletes expired idempotency keys, so the table holds about one TTL of creates. Correctness does not depend
 * on it: an expired key is reused on sight. Several instances may purge at once; the deletes do not conflict.
 */
@ApplicationScoped
public class IdempotencyPurge {

    private static final Logger LOG = Logger.getLogger(IdempotencyPurge.class);

    private final IdempotencyStore store;

    public IdempotencyPurge(IdempotencyStore store) {
        this.store = store;
    }

    @Scheduled(identity = "liaison-idempotency-purge", every = "${liaison.idempotency.purge-interval}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purge() {
        int deleted = store.purgeExpired();
        if (deleted > 0) {
            LOG.debugf("Purged %d expired idempotency keys", deleted);
        }
    }
}
