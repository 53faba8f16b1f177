package org.liaison.support.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.liaison.contracts.EventEnvelope;
import org.liaison.contracts.EventJson;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Applies each event at most once per consumer, whatever the broker redelivers: the event id goes into
 * the inbox first, in the same transaction as the effect, and an id already there means "done before".
 * <p>
 * The transaction is opened here rather than by {@code @Transactional} on the {@code @Incoming} method,
 * so that a passing failure (PostgreSQL restarting) is retried in place, keeping the partition's order,
 * while only a record that can never be applied is nacked to the dead-letter topic. The channels deliver what each
 * poll brought as one batch, applied in one transaction (one commit for up to {@code max.poll.records} events). Once
 * the service is stopping, nothing is applied or retried any more: the record is left for the next run
 * ({@link ConsumerStopping}).
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);
    private static final String DEAD_LETTERS = "liaison.consumer.dead.letters";
    private static final List<String> DEAD_LETTER_REASONS = List.of("unreadable", "invalid", "failed-repeatedly");

    private final EntityManager entityManager;
    private final InboxConfig config;
    private final MeterRegistry registry;
    private final Set<String> consumersSeen = ConcurrentHashMap.newKeySet();
    /** Set when shutdown begins, before the datasource closes: from then on a failure is not the record's fault. */
    private volatile boolean stopping;

    public IdempotentConsumer(EntityManager entityManager, InboxConfig config, MeterRegistry registry) {
        this.entityManager = entityManager;
        this.config = config;
        this.registry = registry;
    }

    void stopping(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /**
     * Applies a record once.
     *
     * @param consumer a stable name of the projection, e.g. {@code meetings.organization-directory}
     * @param handler  the effect, run inside the transaction; throws {@link PoisonEventException} for data
     *                 it can never apply
     * @throws PoisonEventException to be nacked to the dead-letter topic
     */
    public void consume(String consumer, ConsumerRecord<String, String> record, Consumer<EventEnvelope> handler) {
        if (stopping) {
            throw new ConsumerStopping("not applying " + position(record) + ": the service is stopping", null);
        }
        showDeadLetters(consumer);
        applyAlone(consumer, read(consumer, record), handler);
    }

    /**
     * Applies what one poll brought ({@code batch=true} on the channel) in ONE transaction, each event once: one
     * commit for the lot instead of one per event, which is what a consumer catching up on a backlog spends its time
     * on. A passing failure retries the whole batch in place. When an event can never be applied, the batch is rolled
     * back and its events are applied one transaction each, so that only that record goes to the dead-letter topic.
     * Offsets are committed (the batch acknowledged) only after every effect is committed and every dead letter
     * written. Once the service is stopping, nothing is acknowledged: the records are left for the next run.
     *
     * @param consumer a stable name of the projection, e.g. {@code meetings.organization-directory}
     * @param handler  the effect of one event, run inside the transaction; throws {@link PoisonEventException} for
     *                 data it can never apply
     * @return completes when the batch is acknowledged
     */
    public CompletionStage<Void> consume(String consumer, KafkaRecordBatch<String, String> batch,
                                         Consumer<EventEnvelope> handler) {
        showDeadLetters(consumer);
        List<CompletionStage<Void>> deadLetters = new ArrayList<>();
        List<Delivery> deliveries = new ArrayList<>();
        for (KafkaRecord<String, String> message : batch.getRecords()) {
            try {
                deliveries.add(new Delivery(message, read(consumer, record(message))));
            } catch (PoisonEventException e) {
                deadLetters.add(message.nack(e));
            }
        }
        registry.summary("liaison.consumer.batch.size", "consumer", consumer).record(deliveries.size());
        try {
            if (stopping) {
                throw new ConsumerStopping("the service is stopping", null);
            }
            applyTogether(consumer, deliveries, handler);
        } catch (ConsumerStopping e) {
            return leftForNextRun(batch, e);
        } catch (RuntimeException e) {
            LOG.infof("A batch of %d events for %s was rolled back (%s): applying them one by one", deliveries.size(),
                    consumer, e.toString());
            for (Delivery delivery : deliveries) {
                try {
                    applyAlone(consumer, delivery.event(), handler);
                } catch (PoisonEventException poison) {
                    deadLetters.add(delivery.message().nack(poison));
                } catch (ConsumerStopping stoppingNow) {
                    return leftForNextRun(batch, stoppingNow);
                }
            }
        }
        return CompletableFuture.allOf(deadLetters.stream().map(CompletionStage::toCompletableFuture)
                .toArray(CompletableFuture[]::new)).thenCompose(written -> batch.ack());
    }

    /** Reads event data as the payload record its type promises; data that does not fit is poison. */
    public static <T> T data(EventEnvelope event, Class<T> type) {
        JsonNode data = event.data();
        try {
            return EventJson.mapper().treeToValue(data, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonEventException("event " + event.id() + " data is not a valid " + type.getSimpleName(), e);
        }
    }

    private EventEnvelope read(String consumer, ConsumerRecord<String, String> record) {
        try {
            return CloudEventRecords.read(record);
        } catch (PoisonEventException e) {
            deadLettered(consumer, "unknown", "unreadable");
            throw e;
        }
    }

    /** One event in a transaction of its own, retried in place while the failure passes. */
    private void applyAlone(String consumer, EventEnvelope event, Consumer<EventEnvelope> handler) {
        Retries retries = new Retries("event " + event.id() + " (" + event.type() + ")");
        while (true) {
            try {
                boolean applied = QuarkusTransaction.requiringNew().call(() -> applyOnce(consumer, event, handler));
                counted(consumer, event, applied);
                return;
            } catch (PoisonEventException e) {
                deadLettered(consumer, event.type(), "invalid");
                throw e;
            } catch (RuntimeException e) {
                if (!retries.pauseBeforeRetry(e, true)) {
                    deadLettered(consumer, event.type(), "failed-repeatedly");
                    throw new PoisonEventException("event " + event.id() + " failed " + retries.attempts + " times: "
                            + e, e);
                }
            }
        }
    }

    /**
     * All the events in one transaction, retried in place only while the failure passes.
     *
     * @throws RuntimeException anything else, for the caller to find the event at fault one by one
     */
    private void applyTogether(String consumer, List<Delivery> deliveries, Consumer<EventEnvelope> handler) {
        if (deliveries.isEmpty()) {
            return;
        }
        Retries retries = new Retries("a batch of " + deliveries.size() + " events");
        while (true) {
            try {
                boolean[] applied = QuarkusTransaction.requiringNew().call(() -> {
                    boolean[] outcomes = new boolean[deliveries.size()];
                    for (int i = 0; i < outcomes.length; i++) {
                        outcomes[i] = applyOnce(consumer, deliveries.get(i).event(), handler);
                        // Each event's effect stands alone: a persistence context that kept every entity of the
                        // batch would make each flush check them all again.
                        entityManager.flush();
                        entityManager.clear();
                    }
                    return outcomes;
                });
                for (int i = 0; i < applied.length; i++) {
                    counted(consumer, deliveries.get(i).event(), applied[i]);
                }
                return;
            } catch (PoisonEventException e) {
                throw e;
            } catch (RuntimeException e) {
                if (!retries.pauseBeforeRetry(e, false)) {
                    throw e;
                }
            }
        }
    }

    private boolean applyOnce(String consumer, EventEnvelope event, Consumer<EventEnvelope> handler) {
        int inserted = entityManager.createNativeQuery("""
                        insert into inbox_event (consumer, event_id, event_type) values (?1, ?2, ?3)
                        on conflict do nothing""")
                .setParameter(1, consumer).setParameter(2, event.id()).setParameter(3, event.type())
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        handler.accept(event);
        return true;
    }

    private void counted(String consumer, EventEnvelope event, boolean applied) {
        count(consumer, event.type(), applied ? "applied" : "duplicate");
        if (applied && event.time() != null) {
            latency(consumer).record(Duration.between(event.time(), OffsetDateTime.now()));
        }
    }

    private static CompletionStage<Void> leftForNextRun(KafkaRecordBatch<String, String> batch, ConsumerStopping why) {
        LOG.infof("Stopping: %d records from %s are left for the next run (%s)", batch.getRecords().size(),
                batch.getLatestOffsetRecords().keySet(), why.getMessage());
        return CompletableFuture.completedFuture(null);
    }

    private static ConsumerRecord<String, String> record(KafkaRecord<String, String> message) {
        @SuppressWarnings("unchecked")
        ConsumerRecord<String, String> record = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .orElseThrow(() -> new IllegalStateException("not an incoming Kafka record: " + message))
                .getRecord();
        return record;
    }

    private static String position(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }

    /** The pause before the next attempt: doubled each time, up to the configured longest. */
    private final class Retries {
        private final String what;
        private Duration backoff = config.retryInitialBackoff();
        private int attempts;

        private Retries(String what) {
            this.what = what;
        }

        /**
         * After a failed attempt: sleeps and says true if another attempt is worth it. A passing failure always
         * is; an unexpected one only up to the configured attempts, and only if {@code unexpectedToo}.
         *
         * @throws ConsumerStopping once the service is stopping: the failure is not the records' fault
         */
        boolean pauseBeforeRetry(RuntimeException failure, boolean unexpectedToo) {
            attempts++;
            if (stopping) {
                throw new ConsumerStopping(what + " was not applied: the service is stopping", failure);
            }
            boolean transientFailure = TransientFailures.isTransient(failure);
            if (!transientFailure && (!unexpectedToo || attempts >= config.maxAttempts())) {
                return false;
            }
            LOG.warnf("Applying %s failed (attempt %d, %s), retrying in %s: %s", what, attempts,
                    transientFailure ? "transient" : "unexpected", backoff, failure.toString());
            sleep(backoff);
            backoff = min(backoff.multipliedBy(2), config.retryMaxBackoff());
            return true;
        }
    }

    private record Delivery(KafkaRecord<String, String> message, EventEnvelope event) {
    }

    /**
     * An event sent to the dead-letter topic: counted among the events, and by why, for the alert on any dead letter:
     * {@code unreadable} (not a CloudEvent this service can read), {@code invalid} (its data cannot be applied) or
     * {@code failed-repeatedly} (applying it failed every time it was tried).
     */
    private void deadLettered(String consumer, String type, String reason) {
        count(consumer, type, "dead-letter");
        registry.counter(DEAD_LETTERS, "consumer", consumer, "reason", reason).increment();
    }

    /** The dead-letter counters of a consumer at 0 from its first record, so that "none yet" is a series too. */
    private void showDeadLetters(String consumer) {
        if (consumersSeen.add(consumer)) {
            for (String reason : DEAD_LETTER_REASONS) {
                registry.counter(DEAD_LETTERS, "consumer", consumer, "reason", reason);
            }
        }
    }

    private void count(String consumer, String type, String outcome) {
        registry.counter("liaison.consumer.events", "consumer", consumer, "type", type, "outcome", outcome).increment();
    }

    private Timer latency(String consumer) {
        return Timer.builder("liaison.consumer.commit.to.apply")
                .description("From the producer's commit (the event time) to this consumer's commit of its effect")
                .tag("consumer", consumer).publishPercentileHistogram().register(registry);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying", e);
        }
    }
}
