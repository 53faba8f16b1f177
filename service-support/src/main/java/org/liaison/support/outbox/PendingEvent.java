package org.liaison.support.outbox;

import org.liaison.support.tracing.EventTracing;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An outbox row not yet acknowledged by the broker, with the trace context of the transaction that wrote it. */
record PendingEvent(UUID id, long seq, String aggregateType, UUID aggregateId, String eventType,
                    String payload, OffsetDateTime occurredAt, UUID actorOffice, String actorSubject,
                    String actorRole, EventTracing.StoredContext trace) {

    String subject() {
        return aggregateType + "/" + aggregateId;
    }
}
