package org.liaison.contracts;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;

/**
 * A received event: the CloudEvents 1.0 context attributes (sent in binary mode as {@code ce_*}
 * Kafka headers) and the JSON data, which is the aggregate's full state.
 *
 * @param id      unique per event; consumers deduplicate on it
 * @param type    one of {@link EventTypes}
 * @param source  the producing service, e.g. {@code /orgs-service}
 * @param subject {@code <aggregate type>/<aggregate id>}
 * @param key     the Kafka record key, the aggregate id
 * @param actorOffice  the partner office whose request caused it, or null
 * @param actorSubject the person or system whose request caused it, or null
 * @param actorRole    the role that request's token had (admin, editor, reader), or null
 */
public record EventEnvelope(String id, String type, String source, String subject, OffsetDateTime time,
                            String key, String actorOffice, String actorSubject, String actorRole, JsonNode data) {

    /** An envelope without the actor's role (a producer that does not send {@code actorrole}). */
    public EventEnvelope(String id, String type, String source, String subject, OffsetDateTime time,
                         String key, String actorOffice, String actorSubject, JsonNode data) {
        this(id, type, source, subject, time, key, actorOffice, actorSubject, null, data);
    }
}
