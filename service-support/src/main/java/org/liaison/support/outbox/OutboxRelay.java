package org.liaison.support.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.liaison.contracts.CloudEventHeaders;
import org.liaison.support.text.Timestamps;
import org.liaison.support.tracing.EventTracing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Publishes outbox rows to Kafka in commit order per aggregate, marking each row only after the broker
 * acknowledged it. A crash between the ack and the mark publishes the row again on restart; consumers
 * are idempotent, so that costs nothing but a duplicate.
 * <p>
 * Several instances of a service may run: a transaction-scoped advisory lock lets one relay at a time,
 * which keeps each aggregate's events in order. Rows are chosen by status with {@code FOR UPDATE SKIP
 * LOCKED}, never "after the last id seen", because identity values can commit out of order.
 * <p>
 * A row the broker can never accept ({@link PublishFailures}: larger than the producer's {@code max.request.size}
 * or the topic's {@code max.message.bytes}, an invalid record, a value that cannot be serialized) would otherwise
 * stop every later event of the service for good. The relay parks it instead (status PARKED with the time and the
 * reason, a WARN, the metrics of {@link ParkedEvents}) and goes on with the rows after it in the same round; an
 * operator sees it at {@code GET /admin/outbox/parked} and puts it back with {@code POST
 * /admin/outbox/parked/{id}/retry}. Skipping one event of an aggregate is safe for consumers: every event carries
 * the aggregate's full state and version, consumers apply only a version newer than the one they hold, so the next
 * event of the aggregate brings everything the parked one had. Any other failure (timeouts, retriable broker
 * errors, anything not known to be about the record itself) stops the round as before: the row and those after it
 * stay pending and the next round tries again.
 * <p>
 * A send the broker has not answered when its round ends (at the ack timeout, or behind a row that failed) may still
 * reach the topic afterwards: the producer keeps it while it waits for the broker, and the time a send blocks for the
 * topic's metadata ({@code max.block.ms}) is not part of its {@code delivery.timeout.ms}. So the relay sends nothing
 * more until every send of the round has been answered; then it marks those acknowledged in order after the rows it
 * marked (and parks those refused for good), and the rounds go on. Sending the rows again meanwhile published them
 * twice once the broker was back, the copies of the earlier round first, so that an aggregate's later events could
 * reach the topic before an earlier one. What remains: a row that failed while a later one was acknowledged is sent
 * again with the rows after it, so that each aggregate's last event on the topic is still its latest.
 * <p>
 * Each send is a span ({@code publish <type>}) that continues the trace context stored with the row, ends with the
 * broker's answer, and is written on the record as the CloudEvents distributed-tracing extension
 * ({@link EventTracing}): a consumer's work on the event joins the trace of the request that caused it.
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
    private final ParkedEvents parked;
    private final EventTracing tracing;
    private final String topic;
    /** The sends of the last round that were not answered when it ended; null when there are none. */
    private final AtomicReference<Unanswered> unanswered = new AtomicReference<>();
    private volatile boolean running;
    private Thread worker;

    public OutboxRelay(EntityManager entityManager, @Channel(CHANNEL) Emitter<String> emitter, OutboxConfig config,
                       OutboxWakeUp wakeUp, MeterRegistry registry, ParkedEvents parked, EventTracing tracing,
                       @ConfigProperty(name = "mp.messaging.outgoing." + CHANNEL + ".topic") String topic) {
        this.entityManager = entityManager;
        this.tracing = tracing;
        this.topic = topic;
        this.emitter = emitter;
        this.config = config;
        this.wakeUp = wakeUp;
        this.parked = parked;
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
     * One round: lease, read pending rows in order, publish them, mark those the broker acknowledged and park
     * those it can never accept. While sends of the previous round are unanswered, waits for them instead (at most
     * the ack timeout) and marks what they published.
     *
     * @return how many rows are no longer pending (published or parked)
     */
    public int relayOnce() {
        Unanswered earlier = unanswered.get();
        Round round;
        if (earlier != null) {
            if (!answered(earlier.sends())) {
                return 0;
            }
            round = earlier.markable() ? QuarkusTransaction.requiringNew().call(() -> {
                Round done = acknowledgedInOrder(earlier.sends(), System.nanoTime());
                markPublished(done.published());
                return done;
            }) : Round.NOTHING;
            unanswered.compareAndSet(earlier, null);
            LOG.infof("The broker has answered the %d sends left unanswered: %d rows marked published, %d parked",
                    earlier.sends().size(), round.published().size(), round.parked());
        } else {
            round = QuarkusTransaction.requiringNew().timeout((int) config.ackTimeout().toSeconds() + 30).call(() -> {
                if (!tryLease()) {
                    return Round.NOTHING;
                }
                List<PendingEvent> pending = readPending();
                if (pending.isEmpty()) {
                    return Round.NOTHING;
                }
                List<Sent> sent = new ArrayList<>(pending.size());
                for (PendingEvent event : pending) {
                    sent.add(new Sent(event, send(event)));
                }
                Round done = acknowledgedInOrder(sent, System.nanoTime() + config.ackTimeout().toNanos());
                markPublished(done.published());
                return done;
            });
            if (round.unanswered() != null) {
                unanswered.set(round.unanswered());
            }
        }
        if (round.parked() > 0) {
            try {
                parked.refresh();
            } catch (RuntimeException e) {
                LOG.debugf("Could not recount parked outbox rows (the periodic recount will): %s", e.toString());
            }
        }
        return round.published().size() + round.parked();
    }

    /** What a round did: the rows acknowledged in order, how many it parked, the sends it left unanswered or null. */
    private record Round(List<UUID> published, int parked, Unanswered unanswered) {
        static final Round NOTHING = new Round(List.of(), 0, null);
    }

    /**
     * Sends a round left without an answer, in the order sent. They are {@code markable} when they follow the rows
     * the round marked (it ended waiting for the first of them): those acknowledged in order are marked once answered.
     * After a row that failed they are not: they are sent again with it, after it.
     */
    private record Unanswered(List<Sent> sends, boolean markable) {
    }

    /** A row handed to the producer, and the broker's answer: the time of its acknowledgement, or the failure. */
    private record Sent(PendingEvent event, CompletableFuture<OffsetDateTime> ack) {
    }

    /** Waits, at most the ack timeout and outside any transaction, until the broker has answered every send. */
    private boolean answered(List<Sent> sends) {
        long deadline = System.nanoTime() + config.ackTimeout().toNanos();
        for (Sent sent : sends) {
            try {
                sent.ack().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (ExecutionException e) {
                // answered: a failure
            } catch (TimeoutException e) {
                LOG.warnf("%d sends of an earlier round are still unanswered; the relay sends nothing more until they"
                        + " are", sends.stream().filter(s -> !s.ack().isDone()).count());
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
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
                               actor_office, actor_subject, actor_role, trace_parent, trace_state
                        from outbox_event where status = 'PENDING'
                        order by seq limit ?1 for update skip locked""")
                .setParameter(1, config.batchSize()).getResultList();
        List<PendingEvent> events = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            events.add(new PendingEvent((UUID) row[0], ((Number) row[1]).longValue(), (String) row[2],
                    (UUID) row[3], (String) row[4], (String) row[5], Timestamps.fromDatabase(row[6]), (UUID) row[7],
                    (String) row[8], (String) row[9], new EventTracing.StoredContext((String) row[10],
                    (String) row[11])));
        }
        return events;
    }

    /**
     * Keeps the acknowledged prefix of the rows sent, waiting for the answers until the deadline: after a transient
     * failure, or a row not answered in time, later rows wait for the next round. A row refused for good is parked and
     * the rows after it still count.
     */
    private Round acknowledgedInOrder(List<Sent> sent, long deadline) throws InterruptedException {
        List<UUID> acknowledged = new ArrayList<>(sent.size());
        int parkedRows = 0;
        for (int i = 0; i < sent.size(); i++) {
            PendingEvent event = sent.get(i).event();
            OffsetDateTime ackedAt;
            try {
                ackedAt = sent.get(i).ack().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                failures.increment();
                Throwable failure = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
                Optional<Throwable> permanent = PublishFailures.permanentCause(failure);
                if (permanent.isPresent()) {
                    String reason = PublishFailures.reason(permanent.get());
                    LOG.warnf("Broker can never accept event %s (%s of %s/%s, %d bytes); parked, the relay goes on: %s",
                            event.id(), event.eventType(), event.aggregateType(), event.aggregateId(),
                            event.payload().getBytes(StandardCharsets.UTF_8).length, reason);
                    parked.park(event.id(), reason);
                    parkedRows++;
                    continue;
                }
                boolean waited = !sent.get(i).ack().isDone();
                if (waited) {
                    LOG.warnf("Broker has not answered event %s (%s) within %s; it stays pending", event.id(),
                            event.eventType(), config.ackTimeout());
                } else {
                    LOG.warnf("Broker did not acknowledge event %s (%s); it stays pending: %s",
                            event.id(), event.eventType(), failure.toString());
                }
                List<Sent> rest = List.copyOf(sent.subList(waited ? i : i + 1, sent.size()));
                boolean allAnswered = rest.stream().allMatch(s -> s.ack().isDone());
                return new Round(acknowledged, parkedRows, allAnswered ? null : new Unanswered(rest, waited));
            }
            acknowledged.add(event.id());
            published.increment();
            commitToAck.record(Duration.between(event.occurredAt(), ackedAt));
        }
        return new Round(acknowledged, parkedRows, null);
    }

    private CompletableFuture<OffsetDateTime> send(PendingEvent event) {
        CompletableFuture<OffsetDateTime> ack = new CompletableFuture<>();
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
        Span span = tracing.startPublish(event.trace(), topic, event.id().toString(), event.eventType(),
                event.subject());
        tracing.writeHeaders(span, headers);
        ack.whenComplete((ackedAt, failure) -> {
            if (failure != null) {
                span.recordException(failure);
                span.setStatus(StatusCode.ERROR, failure.toString());
            }
            span.end();
        });
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(event.aggregateId().toString())
                .withHeaders(headers)
                .build();
        Message<String> message = Message.of(event.payload())
                .addMetadata(metadata)
                .withAck(() -> {
                    ack.complete(OffsetDateTime.now());
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
                        "update outbox_event set status = 'PUBLISHED', published_at = now()"
                        + " where id = any(?1) and status = 'PENDING'")
                .setParameter(1, ids.toArray(UUID[]::new))
                .executeUpdate();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
