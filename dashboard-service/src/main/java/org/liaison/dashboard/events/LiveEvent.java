package org.liaison.dashboard.events;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;
import org.liaison.contracts.EventEnvelope;
import org.liaison.support.inbox.CloudEventRecords;
import org.liaison.support.inbox.PoisonEventException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * One record of the three topics as the dashboard keeps it: where it is (partition and offset), when the
 * broker took it, and the CloudEvent it carries, or {@code null} for a record that is not one (it still moves
 * every reader's position past it, but nobody is shown it).
 *
 * @param bytes its size as Kafka carried it (key, value and headers): what the buffer's byte bound counts. Held in
 *              memory as a parsed tree it takes about 2.5 times that (measured on the sample data's events).
 */
public record LiveEvent(TopicPartition partition, long offset, Instant timestamp, EventEnvelope event, long bytes) {

    private static final Logger LOG = Logger.getLogger(LiveEvent.class);

    public static LiveEvent of(ConsumerRecord<String, String> record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        EventEnvelope event;
        try {
            event = CloudEventRecords.read(record);
        } catch (PoisonEventException e) {
            LOG.debugf("%s-%d@%d is not shown: %s", record.topic(), record.partition(), record.offset(),
                    e.getMessage());
            event = null;
        }
        return new LiveEvent(partition, record.offset(), Instant.ofEpochMilli(record.timestamp()), event,
                bytes(record));
    }

    /** Key, value and headers as they came over the wire; a record made by hand (no sizes known) counts its text. */
    static long bytes(ConsumerRecord<String, String> record) {
        long size = 0;
        if (record.serializedKeySize() >= 0) {
            size += record.serializedKeySize();
        } else if (record.key() != null) {
            size += utf8Length(record.key());
        }
        if (record.serializedValueSize() >= 0) {
            size += record.serializedValueSize();
        } else if (record.value() != null) {
            size += utf8Length(record.value());
        }
        for (Header header : record.headers()) {
            size += utf8Length(header.key()) + (header.value() == null ? 0 : header.value().length);
        }
        return size;
    }

    private static long utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    public boolean isEvent() {
        return event != null;
    }
}
