package org.liaison.support.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.liaison.contracts.CloudEventHeaders;
import org.liaison.contracts.EventEnvelope;
import org.liaison.contracts.EventJson;
import org.liaison.contracts.EventTypes;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reads a Kafka record in CloudEvents binary mode; anything that is not one is poison. */
public final class CloudEventRecords {

    private CloudEventRecords() {
    }

    public static EventEnvelope read(ConsumerRecord<String, String> record) {
        String specVersion = header(record, CloudEventHeaders.SPEC_VERSION);
        if (!CloudEventHeaders.SPEC_VERSION_1_0.equals(specVersion)) {
            throw new PoisonEventException("not a CloudEvents 1.0 record: " + CloudEventHeaders.SPEC_VERSION + "="
                    + specVersion);
        }
        String id = required(record, CloudEventHeaders.ID);
        String type = required(record, CloudEventHeaders.TYPE);
        if (!EventTypes.isKnown(type)) {
            // A type from a newer producer, or a typo: dead-lettered with its provenance, to replay once understood.
            throw new PoisonEventException("event " + id + " has an unknown type: " + type);
        }
        String source = required(record, CloudEventHeaders.SOURCE);
        String subject = header(record, CloudEventHeaders.SUBJECT);
        OffsetDateTime time = time(header(record, CloudEventHeaders.TIME));
        if (record.value() == null) {
            throw new PoisonEventException("event " + id + " has no data");
        }
        JsonNode data;
        try {
            data = EventJson.mapper().readTree(record.value());
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("event " + id + " data is not JSON: " + e.getOriginalMessage(), e);
        }
        if (data == null || !data.isObject()) {
            throw new PoisonEventException("event " + id + " data is not a JSON object");
        }
        return new EventEnvelope(id, type, source, subject, time, record.key(),
                header(record, CloudEventHeaders.ACTOR_OFFICE), header(record, CloudEventHeaders.ACTOR_SUBJECT),
                header(record, CloudEventHeaders.ACTOR_ROLE), data);
    }

    private static String required(ConsumerRecord<String, String> record, String name) {
        String value = header(record, name);
        if (value == null || value.isBlank()) {
            throw new PoisonEventException("CloudEvents header " + name + " is missing");
        }
        return value;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static OffsetDateTime time(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new PoisonEventException("CloudEvents time is not RFC 3339: " + text, e);
        }
    }
}
