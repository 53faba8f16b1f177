package org.liaison.support.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An outbox row not yet acknowledged by the broker. */
record PendingEvent(UUID id, long seq, String aggregateType, UUID aggregateId, String eventType,
                    String payload, OffsetDateTime occurredAt, UUID actorOffice, String actorSubject,
                    String actorRole) {

    String subject() {
        return aggregateType + "/" + aggregateId;
    }
}
