package org.liaison.faults;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.liaison.contracts.Topics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * What a {@code /stream} subscriber must have received, from the topics themselves: every event of the three topics
 * from a start (the ends of the partitions when the subscribers were all connected) on, each once and, per partition,
 * in offset order. Events of different partitions may interleave differently, so sequences are compared per partition.
 */
final class StreamCheck {

    static final List<String> TOPICS = List.of(Topics.ORGS, Topics.MEETINGS, Topics.RECOMMENDATIONS);

    /** How one subscriber's frames compare with the topics: missing events, repeated ones, and ones not on them. */
    record Verdict(int frames, int gaps, int repeats, int unknown) {
        boolean exact() {
            return gaps == 0 && repeats == 0 && unknown == 0;
        }
    }

    /** Per partition ({@link SseSubscriber#key} at offset 0): the offsets of its events from the start, in order. */
    private final Map<Long, List<Long>> expected = new LinkedHashMap<>();
    private final Map<Long, Long> start;

    private StreamCheck(Map<Long, Long> start) {
        this.start = start;
    }

    /** The ends of every partition of the three topics now (read_committed: the last stable offsets). */
    static Map<Long, Long> ends(String bootstrap) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : TOPICS) {
                consumer.partitionsFor(topic, Duration.ofSeconds(30))
                        .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions); // read_committed end offsets are only known for assigned partitions
            Map<Long, Long> ends = new HashMap<>();
            consumer.endOffsets(partitions, Duration.ofSeconds(30))
                    .forEach((tp, end) -> ends.put(SseSubscriber.key(tp.topic(), tp.partition(), 0), end));
            return ends;
        }
    }

    /** Reads the three topics to their ends and keeps the events at or after {@code start}. */
    static StreamCheck from(String bootstrap, Map<Long, Long> start) {
        StreamCheck check = new StreamCheck(start);
        for (String topic : TOPICS) {
            for (ConsumerRecord<String, String> record : TopicLog.readAll(bootstrap, topic)) {
                long partition = SseSubscriber.key(topic, record.partition(), 0);
                if (record.offset() >= start.getOrDefault(partition, 0L) && TopicLog.eventId(record) != null) {
                    check.expected.computeIfAbsent(partition, p -> new ArrayList<>()).add(record.offset());
                }
            }
        }
        return check;
    }

    int events() {
        return expected.values().stream().mapToInt(List::size).sum();
    }

    /**
     * Compares one subscriber's frames (in the order received) with the topics: per partition, the offsets at or
     * after the start must be exactly the expected ones, in order. Frames before the start are ignored: a stream
     * opened without an id starts where its instance is, which may be a little behind the topic's end.
     */
    Verdict compare(List<Long> received) {
        Map<Long, List<Long>> got = new HashMap<>();
        for (long key : received) {
            long partition = key - SseSubscriber.offset(key);
            if (SseSubscriber.offset(key) >= start.getOrDefault(partition, 0L)) {
                got.computeIfAbsent(partition, p -> new ArrayList<>()).add(SseSubscriber.offset(key));
            }
        }
        int frames = 0;
        int gaps = 0;
        int repeats = 0;
        int unknown = 0;
        Set<Long> partitions = new HashSet<>(expected.keySet());
        partitions.addAll(got.keySet());
        for (long partition : partitions) {
            List<Long> want = expected.getOrDefault(partition, List.of());
            List<Long> have = got.getOrDefault(partition, List.of());
            frames += have.size();
            Set<Long> wanted = new HashSet<>(want);
            Set<Long> seen = new HashSet<>();
            long previous = -1;
            for (long offset : have) {
                if (!seen.add(offset) || offset <= previous) {
                    repeats++; // again, or out of order: what a client sees as a repeat
                } else if (!wanted.contains(offset)) {
                    unknown++;
                }
                previous = Math.max(previous, offset);
            }
            for (long offset : want) {
                if (!seen.contains(offset)) {
                    gaps++;
                }
            }
        }
        return new Verdict(frames, gaps, repeats, unknown);
    }
}
