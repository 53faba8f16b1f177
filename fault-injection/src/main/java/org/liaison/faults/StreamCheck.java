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
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

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
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
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

    /**
     * Compares every reader's frames with the topics and puts the figures and the broken promises into the run: the
     * untouched and the resumed readers must each have got exactly the topics' events, none was cut off, and no two
     * frames showed different events at one place ({@code conflicts}, counted while they read).
     */
    void judge(FaultRun run, List<SseSubscriber> readers, List<SseSubscriber> dropped, AtomicInteger conflicts) {
        int[] exact = new int[2];
        int[] gaps = new int[2];
        int[] repeats = new int[2];
        int[] unknown = new int[2];
        List<Integer> frames = new ArrayList<>();
        for (SseSubscriber reader : readers) {
            int resumed = dropped.contains(reader) ? 1 : 0;
            Verdict verdict = compare(reader.received());
            frames.add(verdict.frames());
            exact[resumed] += verdict.exact() ? 1 : 0;
            gaps[resumed] += verdict.gaps();
            repeats[resumed] += verdict.repeats();
            unknown[resumed] += verdict.unknown();
        }
        frames.sort(Integer::compare);
        long endedByServer = readers.stream().filter(SseSubscriber::endedByServer).count();
        run.note(String.format(Locale.ROOT, "%d events on the topics since the subscribers connected; frames per"
                        + " subscriber min %d, median %d, max %d", events(), frames.get(0),
                frames.get(frames.size() / 2), frames.get(frames.size() - 1)));
        run.note(String.format(Locale.ROOT, "untouched subscribers: %d of %d exact (gaps %d, repeats %d, not on the"
                        + " topics %d); resumed: %d of %d exact (gaps %d, repeats %d, not on the topics %d);"
                        + " streams ended by the server: %d; event ids differing at one place: %d",
                exact[0], readers.size() - dropped.size(), gaps[0], repeats[0], unknown[0], exact[1], dropped.size(),
                gaps[1], repeats[1], unknown[1], endedByServer, conflicts.get()));
        run.expect(events() > 0, "no event reached the topics while the subscribers were connected");
        run.expect(exact[0] == readers.size() - dropped.size(), (readers.size() - dropped.size() - exact[0])
                + " untouched subscribers did not get exactly the events of the topics");
        run.expect(exact[1] == dropped.size(), (dropped.size() - exact[1])
                + " resumed subscribers did not get exactly the events of the topics (gaps or repeats)");
        run.expect(endedByServer == 0, endedByServer + " reading subscribers were cut off by the server");
        run.expect(conflicts.get() == 0, conflicts.get() + " frames showed another event than others at their place");
    }
}
