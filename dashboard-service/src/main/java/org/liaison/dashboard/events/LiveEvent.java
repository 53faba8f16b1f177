package org.liaison.dashboard.events;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;
import org.liaison.contracts.EventEnvelope;
import org.liaison.support.inbox.CloudEventRecords;
import org.liaison.support.inbox.PoisonEventException;

import java.time.Instant;

/**
 * One record of the three topics as the dashboard keeps it: where it is (partition and offset), when the
 * broker took it, and the CloudEvent it carries, or {@code null} for a record that is not one (it still moves
 * every reader's position past it, but nobody is shown it).
 */
public record LiveEvent(TopicPartition partition, long offset, Instant timestamp, EventEnvelope event) {

    private static final Logger LOG = Logger.getLogger(LiveEvent.class);

    public static LiveEvent of(ConsumerRecord<String, String> record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        EventEnvelope event;
        try {
            event = CloudEventRecords.read(record);
        } catch (PoisonEventException e) {
            LOG.debugf("%s-%d@%d is not shown: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
            event = null;
        }
        return new LiveEvent(partition, record.offset(), Instant.ofEpochMilli(record.timestamp()), event);
    }

    public boolean isEvent() {
        return event != null;
    }
}
