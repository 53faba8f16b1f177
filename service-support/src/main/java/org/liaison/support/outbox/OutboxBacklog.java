package org.liaison.support.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import org.liaison.support.text.Timestamps;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How far behind the relay is, for operators: {@code liaison.outbox.pending.rows} (events written and not yet
 * published) and {@code liaison.outbox.oldest.pending.seconds} (how long the oldest of them has waited, 0 when none).
 * Recounted every {@code liaison.outbox.backlog-refresh-interval} from the partial index of pending rows, never on a
 * scrape; between recounts, and while the database cannot be read, the age goes on growing from the oldest row last
 * seen, so a stuck relay shows as a rising age rather than a frozen one.
 */
@ApplicationScoped
public class OutboxBacklog {

    public static final String PENDING_GAUGE = "liaison.outbox.pending.rows";
    public static final String OLDEST_GAUGE = "liaison.outbox.oldest.pending.seconds";
    private static final Logger LOG = Logger.getLogger(OutboxBacklog.class);

    private final EntityManager entityManager;
    private final Clock clock;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicReference<Instant> oldest = new AtomicReference<>();

    public OutboxBacklog(EntityManager entityManager, MeterRegistry registry) {
        this.entityManager = entityManager;
        this.clock = Clock.systemUTC();
        Gauge.builder(PENDING_GAUGE, pending, AtomicLong::get)
                .description("Outbox rows written and not yet published (recounted periodically)").register(registry);
        Gauge.builder(OLDEST_GAUGE, this, OutboxBacklog::oldestAgeSeconds)
                .description("How long the oldest unpublished outbox row has waited, 0 when none").register(registry);
    }

    /** Recounts the pending rows and finds the oldest. */
    public void refresh() {
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                "select count(*), min(occurred_at) from outbox_event where status = 'PENDING'").getSingleResult());
        pending.set(((Number) row[0]).longValue());
        OffsetDateTime first = row[1] == null ? null : Timestamps.fromDatabase(row[1]);
        oldest.set(first == null ? null : first.toInstant());
    }

    @Scheduled(identity = "liaison-outbox-backlog", every = "${liaison.outbox.backlog-refresh-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshPeriodically() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.debugf("Could not count pending outbox rows (will try again): %s", e.toString());
        }
    }

    /** The rows pending at the last recount. */
    public long pendingRows() {
        return pending.get();
    }

    /** How long the oldest row pending at the last recount has waited until now; 0 when none. */
    public double oldestAgeSeconds() {
        Instant first = oldest.get();
        return first == null ? 0 : Math.max(0, Duration.between(first, clock.instant()).toMillis() / 1000.0);
    }
}
