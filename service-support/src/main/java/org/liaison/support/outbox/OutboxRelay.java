package org.liaison.support.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.liaison.contracts.CloudEventHeaders;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Publishes outbox rows to Kafka in commit order per aggregate, marking each row only after the broker
 * acknowledged it. A crash between the ack and the mark publishes the row again on restart; consumers
 * are idempotent, so that costs nothing but a duplicate.
 * <p>
 * Several instances of a service may run: a transaction-scoped advisory lock lets one relay at a time,
 * which keeps each aggregate's events in order. Rows are chosen by status with {@code FOR UPDATE SKIP
 * LOCKED}, never "after the last id seen", because identity values can commit out of order.
 */
@ApplicationScoped
public class OutboxRelay {

    public static final String CHANNEL = "events-out";
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Any fixed key; every service has its own database, so the lock is per service. */
    private static final long RELAY_LOCK_KEY = 0x4c6961697300L;

    private final EntityManager entityManager;
    private final Emitter<String> emitter;
    private final OutboxConfig config;
    private final OutboxWakeUp wakeUp;
    private final Counter published;
    private final Counter failures;
    private final Timer commitToAck;
    private volatile boolean running;
    private Thread worker;

    public OutboxRelay(EntityManager entityManager, @Channel(CHANNEL) Emitter<String> emitter, OutboxConfig config,
                       OutboxWakeUp wakeUp, MeterRegistry registry) {
        this.entityManager = entityManager;
        this.emitter = emitter;
        this.config = config;
        this.wakeUp = wakeUp;
        this.published = registry.counter("liaison.outbox.published");
        this.failures = registry.counter("liaison.outbox.publish.failures");
        this.commitToAck = Timer.builder("liaison.outbox.commit.to.ack")
                .description("From the change's commit to the broker's acknowledgement of its event")
                .publishPercentileHistogram().register(registry);
    }

    void start(@Observes StartupEvent event) {
        if (!config.relayEnabled()) {
            LOG.info("Outbox relay disabled on this instance");
            return;
        }
        running = true;
        worker = new Thread(this::loop, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        wakeUp.close();
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(config.ackTimeout().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void loop() {
        while (running) {
            try {
                while (running && relayOnce() >= config.batchSize()) {
                    // a full batch: more rows are probably waiting
                }
                wakeUp.await(config.pollInterval());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                failures.increment();
                LOG.warnf("Outbox relay round failed, retrying: %s", e.toString());
                sleep(config.reconnectDelay().toMillis());
            }
        }
    }

    /**
     * One round: lease, read pending rows in order, publish them, mark those the broker acknowledged.
     *
     * @return how many rows were published
     */
    public int relayOnce() {
        return QuarkusTransaction.requiringNew().timeout((int) config.ackTimeout().toSeconds() + 30).call(() -> {
            if (!tryLease()) {
                return 0;
            }
            List<PendingEvent> pending = readPending();
            if (pending.isEmpty()) {
                return 0;
            }
            List<UUID> acknowledged = publishInOrder(pending);
            markPublished(acknowledged);
            return acknowledged.size();
        });
    }

    private boolean tryLease() {
        Object got = entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, RELAY_LOCK_KEY).getSingleResult();
        return Boolean.TRUE.equals(got);
    }

    @SuppressWarnings("unchecked")
    private List<PendingEvent> readPending() {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select id, seq, aggregate_type, aggregate_id, event_type, cast(payload as text), occurred_at,
                               actor_office, actor_subject, actor_role
                        from outbox_event where status = 'PENDING'
                        order by seq limit ?1 for update skip locked""")
                .setParameter(1, config.batchSize()).getResultList();
        List<PendingEvent> events = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            events.add(new PendingEvent((UUID) row[0], ((Number) row[1]).longValue(), (String) row[2],
                    (UUID) row[3], (String) row[4], (String) row[5], toOffsetDateTime(row[6]), (UUID) row[7], (String) row[8],
                    (String) row[9]));
        }
        return events;
    }

    /** Sends every row, then keeps the acknowledged prefix: after a failure, later rows wait for the next round. */
    private List<UUID> publishInOrder(List<PendingEvent> pending) throws InterruptedException {
        List<CompletableFuture<Void>> acks = new ArrayList<>(pending.size());
        for (PendingEvent event : pending) {
            acks.add(send(event));
        }
        List<UUID> acknowledged = new ArrayList<>(pending.size());
        long deadline = System.nanoTime() + config.ackTimeout().toNanos();
        for (int i = 0; i < pending.size(); i++) {
            try {
                acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                failures.increment();
                LOG.warnf("Broker did not acknowledge event %s (%s); it stays pending: %s",
                        pending.get(i).id(), pending.get(i).eventType(), e.toString());
                break;
            }
            PendingEvent event = pending.get(i);
            acknowledged.add(event.id());
            published.increment();
            commitToAck.record(java.time.Duration.between(event.occurredAt(), OffsetDateTime.now()));
        }
        return acknowledged;
    }

    private CompletableFuture<Void> send(PendingEvent event) {
        CompletableFuture<Void> ack = new CompletableFuture<>();
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.ID, event.id().toString());
        header(headers, CloudEventHeaders.TYPE, event.eventType());
        header(headers, CloudEventHeaders.SOURCE, config.source());
        header(headers, CloudEventHeaders.SUBJECT, event.subject());
        header(headers, CloudEventHeaders.TIME, event.occurredAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        if (event.actorOffice() != null) {
            header(headers, CloudEventHeaders.ACTOR_OFFICE, event.actorOffice().toString());
        }
        if (event.actorSubject() != null) {
            header(headers, CloudEventHeaders.ACTOR_SUBJECT, event.actorSubject());
        }
        if (event.actorRole() != null) {
            header(headers, CloudEventHeaders.ACTOR_ROLE, event.actorRole());
        }
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(event.aggregateId().toString())
                .withHeaders(headers)
                .build();
        Message<String> message = Message.of(event.payload())
                .addMetadata(metadata)
                .withAck(() -> {
                    ack.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    ack.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        try {
            emitter.send(message);
        } catch (RuntimeException e) {
            ack.completeExceptionally(e);
        }
        return ack;
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private void markPublished(List<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        entityManager.createNativeQuery(
                        "update outbox_event set status = 'PUBLISHED', published_at = now() where id = any(?1)")
                .setParameter(1, ids.toArray(UUID[]::new))
                .executeUpdate();
    }

    private static OffsetDateTime toOffsetDateTime(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
