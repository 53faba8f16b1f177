package org.liaison.support.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.liaison.contracts.EventEnvelope;
import org.liaison.contracts.EventJson;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.function.Consumer;

/**
 * Applies each event at most once per consumer, whatever the broker redelivers: the event id goes into
 * the inbox first, in the same transaction as the effect, and an id already there means "done before".
 * <p>
 * The transaction is opened here rather than by {@code @Transactional} on the {@code @Incoming} method,
 * so that a passing failure (PostgreSQL restarting) is retried in place, keeping the partition's order,
 * while only a record that can never be applied is nacked to the dead-letter topic. Once the service is stopping,
 * nothing is applied or retried any more: the record is left for the next run ({@link ConsumerStopping}).
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    private final EntityManager entityManager;
    private final InboxConfig config;
    private final MeterRegistry registry;
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
            throw new ConsumerStopping("not applying " + record.topic() + "-" + record.partition() + "@" + record.offset()
                    + ": the service is stopping", null);
        }
        EventEnvelope event;
        try {
            event = CloudEventRecords.read(record);
        } catch (PoisonEventException e) {
            count(consumer, "unknown", "dead-letter");
            throw e;
        }
        Duration backoff = config.retryInitialBackoff();
        for (int attempt = 1; ; attempt++) {
            try {
                boolean applied = QuarkusTransaction.requiringNew().call(() -> applyOnce(consumer, event, handler));
                count(consumer, event.type(), applied ? "applied" : "duplicate");
                if (applied && event.time() != null) {
                    latency(consumer).record(Duration.between(event.time(), OffsetDateTime.now()));
                }
                return;
            } catch (PoisonEventException e) {
                count(consumer, event.type(), "dead-letter");
                throw e;
            } catch (RuntimeException e) {
                if (stopping) {
                    throw new ConsumerStopping("event " + event.id() + " was not applied: the service is stopping", e);
                }
                boolean transientFailure = TransientFailures.isTransient(e);
                if (!transientFailure && attempt >= config.maxAttempts()) {
                    count(consumer, event.type(), "dead-letter");
                    throw new PoisonEventException("event " + event.id() + " failed " + attempt + " times: " + e, e);
                }
                LOG.warnf("Applying event %s (%s) failed (attempt %d, %s), retrying in %s: %s", event.id(),
                        event.type(), attempt, transientFailure ? "transient" : "unexpected", backoff, e.toString());
                sleep(backoff);
                backoff = min(backoff.multipliedBy(2), config.retryMaxBackoff());
            }
        }
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
