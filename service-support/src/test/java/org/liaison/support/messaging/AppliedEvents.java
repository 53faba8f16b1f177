package org.liaison.support.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.MDC;
import org.liaison.contracts.EventEnvelope;
import org.liaison.support.inbox.IdempotentConsumer;
import org.liaison.support.inbox.PoisonEventException;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The messaging tests' consumer: a channel of {@code support.events} as every service has one ({@code batch=true},
 * the library's dead-letter strategy), applied through {@link IdempotentConsumer}. Its effect is a row of
 * {@code applied_event} per event, in the order applied.
 * <p>
 * An event's data may ask its application to fail: {@code "failure"} is {@code "transient"} (PostgreSQL answers
 * a serialization failure, SQLState 40001, as under concurrent writes), {@code "unexpected"} (a bug of the handler:
 * an IllegalStateException) or {@code "poison"} (data the handler can never apply); {@code "failures"} is how many
 * attempts fail before one succeeds (every attempt when absent).
 */
@ApplicationScoped
public class AppliedEvents {

    public static final String CONSUMER = "support-tests.applied-events";

    private final IdempotentConsumer consumer;
    private final EntityManager entityManager;
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> logContexts = new ConcurrentHashMap<>();

    public AppliedEvents(IdempotentConsumer consumer, EntityManager entityManager) {
        this.consumer = consumer;
        this.entityManager = entityManager;
    }

    @Incoming("events-in")
    @Blocking
    public CompletionStage<Void> onEvents(KafkaRecordBatch<String, String> batch) {
        return consumer.consume(CONSUMER, batch, this::apply);
    }

    private void apply(EventEnvelope event) {
        JsonNode data = event.data();
        int attempt = attempts.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
        logContexts.put(event.id(), Map.copyOf(Map.of("eventId", String.valueOf(MDC.get("eventId")),
                "traceId", String.valueOf(MDC.get("traceId")), "spanId", String.valueOf(MDC.get("spanId")))));
        String failure = data.path("failure").asText(null);
        if (failure != null && attempt <= data.path("failures").asInt(Integer.MAX_VALUE)) {
            switch (failure) {
                case "transient" -> entityManager.createNativeQuery(
                        "do $$ begin raise exception 'test, could not serialize' using errcode = '40001'; end $$")
                        .executeUpdate();
                case "unexpected" -> throw new IllegalStateException("test: the handler failed, attempt " + attempt);
                case "poison" -> throw new PoisonEventException("test: event " + event.id() + " can never apply");
                default -> throw new IllegalArgumentException("unknown test failure " + failure);
            }
        }
        entityManager.createNativeQuery("""
                        insert into applied_event (event_id, aggregate_id, version) values (?1, ?2, ?3)""")
                .setParameter(1, event.id()).setParameter(2, event.key())
                .setParameter(3, data.path("version").asLong()).executeUpdate();
    }

    /** What the logging MDC said (eventId, traceId, spanId; "null" for absent) the last time the handler ran. */
    public Map<String, String> logContext(String eventId) {
        return logContexts.get(eventId);
    }

    /** How often the handler ran for this event, committed or not. */
    public int attempts(String eventId) {
        AtomicInteger count = attempts.get(eventId);
        return count == null ? 0 : count.get();
    }

    /** The ids of the events of an aggregate whose effect committed, in the order applied. */
    @SuppressWarnings("unchecked")
    public List<String> appliedIds(String aggregateId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "select event_id from applied_event where aggregate_id = ?1 order by seq")
                .setParameter(1, aggregateId).getResultList());
    }
}
