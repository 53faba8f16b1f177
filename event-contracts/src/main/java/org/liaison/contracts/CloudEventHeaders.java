package org.liaison.contracts;

/**
 * Kafka header names of the CloudEvents 1.0 Kafka protocol binding, binary content mode: the context
 * attributes travel as {@code ce_*} headers and the record value is the event data.
 */
public final class CloudEventHeaders {
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String CONTENT_TYPE = "content-type";
    /** Extension attribute: the partner office whose request caused the event (absent for system changes). */
    public static final String ACTOR_OFFICE = "ce_actoroffice";
    /** Extension attribute: the subject (person or system) whose request caused the event. */
    public static final String ACTOR_SUBJECT = "ce_actorsubject";
    /**
     * Extension attribute: the role the actor's token had ({@code admin}, {@code editor} or {@code reader}), so that
     * a consumer applying the event can check what that actor was allowed to cause there (absent for system changes).
     */
    public static final String ACTOR_ROLE = "ce_actorrole";
    /**
     * Distributed-tracing extension: the W3C {@code traceparent} of the span that published the event, so that a
     * consumer's work on it joins the trace of the request that caused it (absent when tracing is off).
     */
    public static final String TRACE_PARENT = "ce_traceparent";
    /** Distributed-tracing extension: the W3C {@code tracestate} that goes with {@link #TRACE_PARENT}, if any. */
    public static final String TRACE_STATE = "ce_tracestate";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }
}
