package org.liaison.support.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanId;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.CloudEventHeaders;
import org.liaison.contracts.EventTypes;
import org.liaison.support.messaging.AppliedEvents;
import org.liaison.support.messaging.MessagingTestResource;
import org.liaison.support.messaging.TestBroker;
import org.liaison.support.messaging.TestState;
import org.liaison.support.messaging.TestTopics;
import org.liaison.support.messaging.TopicTail;
import org.liaison.support.outbox.Outbox;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.liaison.support.messaging.TopicTail.header;

/**
 * One trace from the transaction that writes an outbox row to the consumer that applies its event, through the real
 * relay and broker: the row keeps the writer's trace context, the publish span is its child and is named on the
 * record by {@code ce_traceparent}, and the apply span is the publish span's child, current while the handler runs
 * (the logging MDC says so, with the event id).
 */
@QuarkusTest
@WithTestResource(MessagingTestResource.class)
class EventTracingTest {

    static final AttributeKey<String> EVENT_ID = AttributeKey.stringKey("cloudevents.event_id");

    @Inject
    Outbox outbox;

    @Inject
    OpenTelemetry openTelemetry;

    @Inject
    InMemorySpanExporter spans;

    @Inject
    AppliedEvents applied;

    @Inject
    EntityManager entityManager;

    TopicTail topic;

    @BeforeEach
    void openTopic() {
        topic = new TopicTail(TestBroker.current().bootstrapServers(), TestTopics.EVENTS);
    }

    @AfterEach
    void closeTopic() {
        topic.close();
    }

    @Test
    void anEventContinuesTheTraceOfTheTransactionThatWroteIt() {
        UUID aggregate = UUID.randomUUID();
        Span request = openTelemetry.getTracer("test").spanBuilder("POST /things").setSpanKind(SpanKind.SERVER)
                .startSpan();
        UUID eventId;
        try (Scope ignored = request.makeCurrent()) {
            eventId = QuarkusTransaction.requiringNew().call(() ->
                    outbox.append(EventTypes.PERSON_UPDATED, "person", () -> new TestState(aggregate, 0)));
        } finally {
            request.end();
        }
        String traceId = request.getSpanContext().getTraceId();
        assertEquals(List.of(traceParent(request.getSpanContext())),
                storedTraceParent(eventId), "the row keeps the writer's context");

        SpanData publish = awaitSpan(eventId, SpanKind.PRODUCER);
        assertEquals(traceId, publish.getTraceId());
        assertEquals(request.getSpanContext().getSpanId(), publish.getParentSpanId(), "published in the request");
        assertEquals("publish " + EventTypes.PERSON_UPDATED, publish.getName());

        ConsumerRecord<String, String> record = topic.await(r -> eventId.toString().equals(
                header(r, CloudEventHeaders.ID)), "the event's record", Duration.ofSeconds(30));
        assertEquals(traceParent(publish.getSpanContext()),
                header(record, CloudEventHeaders.TRACE_PARENT),
                "the record names the publish span (CloudEvents distributed-tracing extension)");

        SpanData apply = awaitSpan(eventId, SpanKind.CONSUMER);
        assertEquals(traceId, apply.getTraceId());
        assertEquals(publish.getSpanId(), apply.getParentSpanId(), "applied as a child of the publish span");
        assertEquals(AppliedEvents.CONSUMER, apply.getAttributes().get(AttributeKey.stringKey("liaison.consumer")));
        assertEquals(eventId.toString(), applied.logContext(eventId.toString()).get("eventId"));
        assertEquals(traceId, applied.logContext(eventId.toString()).get("traceId"), "the MDC has the trace");
        assertEquals(apply.getSpanId(), applied.logContext(eventId.toString()).get("spanId"));
    }

    @Test
    void anEventWrittenOutsideAnyTraceStartsItsOwn() {
        UUID aggregate = UUID.randomUUID();
        UUID eventId = QuarkusTransaction.requiringNew().call(() ->
                outbox.append(EventTypes.PERSON_UPDATED, "person", () -> new TestState(aggregate, 0)));
        assertEquals(List.of("null"), storedTraceParent(eventId), "nothing to keep");

        SpanData publish = awaitSpan(eventId, SpanKind.PRODUCER);
        assertEquals(SpanId.getInvalid(), publish.getParentSpanId(), "a root");
        SpanData apply = awaitSpan(eventId, SpanKind.CONSUMER);
        assertEquals(publish.getTraceId(), apply.getTraceId());
        assertEquals(publish.getSpanId(), apply.getParentSpanId());
        assertNotEquals("null", applied.logContext(eventId.toString()).get("traceId"));
    }

    /** A W3C traceparent: version 00, trace id, span id, flags. */
    private static String traceParent(SpanContext span) {
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }

    private List<String> storedTraceParent(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "select coalesce(trace_parent, 'null') from outbox_event where id = ?1", String.class)
                .setParameter(1, eventId).getResultList());
    }

    private SpanData awaitSpan(UUID eventId, SpanKind kind) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() ->
                spans.getFinishedSpanItems().stream().anyMatch(span -> matches(span, eventId, kind)));
        return spans.getFinishedSpanItems().stream().filter(span -> matches(span, eventId, kind)).findFirst()
                .orElseThrow();
    }

    private static boolean matches(SpanData span, UUID eventId, SpanKind kind) {
        return span.getKind() == kind && eventId.toString().equals(span.getAttributes().get(EVENT_ID));
    }
}
