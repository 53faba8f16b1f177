package org.liaison.dashboard.events;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the three topics from a {@link Position} straight from Kafka: for a client whose Last-Event-ID or
 * feed cursor is older than the buffer, or a replay from a time before it. Each partition is sought to the
 * position's offset (or to the oldest record still kept, if retention removed the older ones).
 */
public final class KafkaReplay implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<TopicPartition> partitions;

    public KafkaReplay(KafkaClients clients, List<TopicPartition> partitions, Position from) {
        this.partitions = partitions;
        this.consumer = clients.consumer(KafkaClients.REPLAY);
        consumer.assign(partitions);
        Map<TopicPartition, Long> beginning = consumer.beginningOffsets(partitions, Duration.ofSeconds(15));
        for (TopicPartition tp : partitions) {
            consumer.seek(tp, Math.max(from.next(tp), beginning.get(tp)));
        }
    }

    /** The next records, in each partition's order (an empty list when nothing came within the timeout). */
    public List<LiveEvent> poll(Duration timeout) {
        List<LiveEvent> out = new ArrayList<>();
        for (ConsumerRecord<String, String> record : consumer.poll(timeout)) {
            out.add(LiveEvent.of(record));
        }
        return out;
    }

    /**
     * Moves a reader's position past everything this replay has read (skip markers, compacted gaps, records
     * before the retention limit); call after handing over every record of the last {@link #poll}.
     */
    public void advance(Position.Mutable position) {
        for (TopicPartition tp : partitions) {
            position.atLeast(tp, consumer.position(tp));
        }
    }

    /** Whether every partition has been read up to the end offsets of the moment of the call. */
    public boolean caughtUp() {
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(15));
        for (TopicPartition tp : partitions) {
            if (consumer.position(tp) < end.get(tp)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}
