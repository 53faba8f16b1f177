package org.liaison.support.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.liaison.contracts.CloudEventHeaders;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place where an event's trace context is carried from a request to its consumers: the outbox keeps the
 * context of the transaction that wrote the row ({@link #current}), the relay publishes the row in a span that
 * continues it ({@link #startPublish}) and writes that span's context on the record as the CloudEvents
 * distributed-tracing extension ({@link #writeHeaders}: {@code ce_traceparent}, {@code ce_tracestate}, W3C Trace
 * Context), and each consumer's work on the record is a span whose parent is that ({@link #startConsume}).
 * <p>
 * When tracing is off (no OTLP endpoint: the SDK is disabled, {@link TracingDefaults}) the tracer is a no-op: no
 * context is stored, no header written, and the spans cost a method call.
 */
@ApplicationScoped
public class EventTracing {

    static final String INSTRUMENTATION = "org.liaison.support";
    private static final AttributeKey<String> SYSTEM = AttributeKey.stringKey("messaging.system");
    private static final AttributeKey<String> OPERATION = AttributeKey.stringKey("messaging.operation.type");
    private static final AttributeKey<String> DESTINATION = AttributeKey.stringKey("messaging.destination.name");
    private static final AttributeKey<String> MESSAGE_ID = AttributeKey.stringKey("messaging.message.id");
    private static final AttributeKey<String> EVENT_ID = AttributeKey.stringKey("cloudevents.event_id");
    private static final AttributeKey<String> EVENT_TYPE = AttributeKey.stringKey("cloudevents.event_type");
    private static final AttributeKey<String> EVENT_SUBJECT = AttributeKey.stringKey("cloudevents.event_subject");
    private static final AttributeKey<String> CONSUMER = AttributeKey.stringKey("liaison.consumer");
    private static final String TRACE_PARENT = "traceparent";
    private static final String TRACE_STATE = "tracestate";
    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

    private final Tracer tracer;

    public EventTracing(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer(INSTRUMENTATION);
    }

    /** The trace context an event keeps from the transaction that wrote it; both parts null when none. */
    public record StoredContext(String traceParent, String traceState) {
        static final StoredContext NONE = new StoredContext(null, null);
    }

    /** The context of the span current on this thread (the request's, or a consumer's apply), to store with a row. */
    public StoredContext current() {
        if (!Span.current().getSpanContext().isValid()) {
            return StoredContext.NONE;
        }
        Map<String, String> carrier = new HashMap<>(2);
        W3C.inject(Context.current(), carrier, Map::put);
        return new StoredContext(carrier.get(TRACE_PARENT), carrier.get(TRACE_STATE));
    }

    /**
     * Starts the span of one event's publication, a child of the context stored with its row (a root when the row
     * has none). The caller ends it when the broker has answered.
     */
    public Span startPublish(StoredContext stored, String topic, String eventId, String eventType, String subject) {
        Context parent = stored.traceParent() == null ? null : W3C.extract(Context.root(), stored, STORED);
        SpanBuilder builder = tracer.spanBuilder("publish " + eventType).setSpanKind(SpanKind.PRODUCER);
        if (parent == null) {
            builder.setNoParent();
        } else {
            builder.setParent(parent);
        }
        return builder.setAttribute(SYSTEM, "kafka").setAttribute(OPERATION, "send")
                .setAttribute(DESTINATION, topic).setAttribute(MESSAGE_ID, eventId).setAttribute(EVENT_ID, eventId)
                .setAttribute(EVENT_TYPE, eventType).setAttribute(EVENT_SUBJECT, subject).startSpan();
    }

    /** Writes the publish span's context on the record: {@code ce_traceparent} (and {@code ce_tracestate}). */
    public void writeHeaders(Span publish, Headers headers) {
        W3C.inject(Context.root().with(publish), headers, (carrier, key, value) ->
                carrier.add(headerName(key), value.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Starts the span of a consumer's work on one record ({@code apply} by the idempotent consumer, {@code fan-out}
     * in the dashboard), a child of the publish span named by the record's {@code ce_traceparent}, or a root when
     * the record has none. The caller makes it current while it works, and ends it.
     */
    public Span startConsume(String operation, String consumer, Headers headers, String topic, String eventId,
                             String eventType) {
        Context parent = W3C.extract(Context.root(), headers, RECORD);
        SpanBuilder builder = tracer.spanBuilder(operation + " " + eventType).setSpanKind(SpanKind.CONSUMER);
        if (Span.fromContext(parent).getSpanContext().isValid()) {
            builder.setParent(parent);
        } else {
            builder.setNoParent();
        }
        return builder.setAttribute(SYSTEM, "kafka").setAttribute(OPERATION, "process")
                .setAttribute(DESTINATION, topic).setAttribute(MESSAGE_ID, eventId).setAttribute(EVENT_ID, eventId)
                .setAttribute(EVENT_TYPE, eventType).setAttribute(CONSUMER, consumer).startSpan();
    }

    /** A W3C Trace Context field as a CloudEvents extension attribute in Kafka binary mode. */
    private static String headerName(String field) {
        return switch (field) {
            case TRACE_PARENT -> CloudEventHeaders.TRACE_PARENT;
            case TRACE_STATE -> CloudEventHeaders.TRACE_STATE;
            default -> throw new IllegalArgumentException("not a W3C Trace Context field: " + field);
        };
    }

    private static final TextMapGetter<StoredContext> STORED = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(StoredContext carrier) {
            return List.of(TRACE_PARENT, TRACE_STATE);
        }

        @Override
        public String get(StoredContext carrier, String key) {
            if (carrier == null) {
                return null;
            }
            return TRACE_PARENT.equals(key) ? carrier.traceParent() : TRACE_STATE.equals(key) ? carrier.traceState()
                    : null;
        }
    };

    /** Reads {@code traceparent} and {@code tracestate} from the record's CloudEvents extension headers. */
    private static final TextMapGetter<Headers> RECORD = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers carrier) {
            return List.of(TRACE_PARENT, TRACE_STATE);
        }

        @Override
        public String get(Headers carrier, String key) {
            if (carrier == null) {
                return null;
            }
            Header header = carrier.lastHeader(headerName(key));
            return header == null || header.value() == null ? null
                    : new String(header.value(), StandardCharsets.UTF_8);
        }
    };
}
