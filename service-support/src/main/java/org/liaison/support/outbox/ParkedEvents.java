package org.liaison.support.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.liaison.support.text.Timestamps;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Outbox rows the relay parked because the broker can never accept them ({@link OutboxRelay}): the metrics
 * {@code liaison.outbox.parked} (rows parked, a counter) and {@code liaison.outbox.parked.rows} (rows parked now, a
 * gauge), the list for operators, and putting a row back to PENDING.
 * <p>
 * The gauge is not read from the database on each scrape: it is recounted after a relay round that parked a row,
 * after a retry, and every {@code liaison.outbox.parked-refresh-interval} (so that an instance that does not relay,
 * or a retry made on another instance, is seen too). The count reads the partial index of parked rows.
 */
@ApplicationScoped
public class ParkedEvents {

    public static final String PARKED_COUNTER = "liaison.outbox.parked";
    public static final String PARKED_GAUGE = "liaison.outbox.parked.rows";
    /** The most rows the list shows, oldest first; {@code total} says how many there are. */
    static final int LIST_LIMIT = 500;
    private static final Logger LOG = Logger.getLogger(ParkedEvents.class);

    private final EntityManager entityManager;
    private final Counter parked;
    private final AtomicLong parkedRows = new AtomicLong();

    public ParkedEvents(EntityManager entityManager, MeterRegistry registry) {
        this.entityManager = entityManager;
        this.parked = Counter.builder(PARKED_COUNTER)
                .description("Outbox rows parked because the broker can never accept them").register(registry);
        Gauge.builder(PARKED_GAUGE, parkedRows, AtomicLong::get)
                .description("Outbox rows parked now (recounted after parking, after a retry and periodically)")
                .register(registry);
    }

    /** Marks one row parked, in the relay's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void park(UUID eventId, String reason) {
        entityManager.createNativeQuery("""
                        update outbox_event set status = 'PARKED', parked_at = now(), park_reason = ?2
                        where id = ?1 and status = 'PENDING'""")
                .setParameter(1, eventId)
                .setParameter(2, reason)
                .executeUpdate();
        parked.increment();
    }

    /** Recounts the parked rows for the gauge. */
    @Transactional
    public void refresh() {
        parkedRows.set(count());
    }

    @Scheduled(identity = "liaison-outbox-parked-count", every = "${liaison.outbox.parked-refresh-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshPeriodically() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.debugf("Could not count parked outbox rows (will try again): %s", e.toString());
        }
    }

    /** The parked rows, oldest first (at most {@value #LIST_LIMIT}), without their payloads. */
    @Transactional
    @SuppressWarnings("unchecked")
    public Listing list() {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select id, seq, event_type, aggregate_type, aggregate_id, aggregate_version,
                               octet_length(cast(payload as text)), park_reason, parked_at
                        from outbox_event where status = 'PARKED'
                        order by seq limit ?1""")
                .setParameter(1, LIST_LIMIT).getResultList();
        List<Item> items = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            items.add(new Item((UUID) row[0], ((Number) row[1]).longValue(), (String) row[2], (String) row[3],
                    (UUID) row[4], ((Number) row[5]).longValue(), ((Number) row[6]).longValue(), (String) row[7],
                    Timestamps.fromDatabase(row[8])));
        }
        long total = items.size() < LIST_LIMIT ? items.size() : count();
        parkedRows.set(total);
        return new Listing(items, total);
    }

    /**
     * Puts a parked row back to PENDING, so that the relay publishes it again (and parks it again if the broker
     * still refuses it), and wakes the relay at commit.
     *
     * @return false if no such row is parked
     */
    @Transactional
    public boolean retry(UUID eventId) {
        int updated = entityManager.createNativeQuery("""
                        update outbox_event set status = 'PENDING', parked_at = null, park_reason = null
                        where id = ?1 and status = 'PARKED'""")
                .setParameter(1, eventId)
                .executeUpdate();
        if (updated == 0) {
            return false;
        }
        entityManager.createNativeQuery("select 1 from (select pg_notify(?1, '')) notified")
                .setParameter(1, OutboxWakeUp.CHANNEL).getSingleResult();
        LOG.infof("Parked outbox event %s put back to pending", eventId);
        parkedRows.set(count());
        return true;
    }

    private long count() {
        return ((Number) entityManager.createNativeQuery("select count(*) from outbox_event where status = 'PARKED'")
                .getSingleResult()).longValue();
    }

    /** {@code GET /admin/outbox/parked}. */
    public record Listing(List<Item> items, long total) {
    }

    /** One parked row: what it is and why it was parked, not its content. */
    public record Item(UUID id, long seq, String eventType, String aggregateType, UUID aggregateId,
                       long aggregateVersion, long payloadBytes, String reason, OffsetDateTime parkedAt) {
    }
}
