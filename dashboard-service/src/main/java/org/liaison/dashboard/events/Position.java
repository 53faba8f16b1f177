package org.liaison.dashboard.events;

import org.apache.kafka.common.TopicPartition;
import org.liaison.contracts.Topics;
import org.liaison.support.problem.ProblemException;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A reader's place in the three topics: for each partition, the offset of the next record it has not seen.
 * It is the SSE id of every event sent and the feed's cursor, so it means the same on every instance and
 * after any restart (it names Kafka offsets, not anything of this process).
 * <p>
 * Text form: {@code o.12.5.0.0.7.3~m.0.4.1.0.0.9~r.0.0.0.0.0.0}, one group per topic ({@code o} orgs.events,
 * {@code m} meetings.events, {@code r} recommendations.events) with the next offset of partitions 0, 1, 2...
 * A partition the text does not name (e.g. one added later) has not been seen at all: offset 0.
 * <p>
 * Resuming from a position delivers, for every partition, exactly the records at or after its offset: events
 * of different partitions interleave differently on different instances, but per partition (and so per
 * aggregate, the Kafka key) there is no gap and no duplicate.
 */
public final class Position {

    static final List<String> TOPICS = List.of(Topics.ORGS, Topics.MEETINGS, Topics.RECOMMENDATIONS);
    private static final List<String> CODES = List.of("o", "m", "r");
    private static final int MAX_TEXT = 2048;
    private static final int MAX_PARTITIONS = 256;

    private final Map<TopicPartition, Long> next;

    private Position(Map<TopicPartition, Long> next) {
        this.next = next;
    }

    public static Position of(Map<TopicPartition, Long> next) {
        return new Position(Map.copyOf(next));
    }

    /** The next offset to read in a partition (0 for one the position does not name). */
    public long next(TopicPartition partition) {
        return next.getOrDefault(partition, 0L);
    }

    public Map<TopicPartition, Long> offsets() {
        return Collections.unmodifiableMap(next);
    }

    /** Whether a record at this offset comes after the position (has not been seen). */
    public boolean isBefore(TopicPartition partition, long offset) {
        return offset >= next(partition);
    }

    public Mutable mutable() {
        return new Mutable(new HashMap<>(next));
    }

    public String encode() {
        Map<String, TreeMap<Integer, Long>> byTopic = new HashMap<>();
        next.forEach((tp, offset) -> byTopic.computeIfAbsent(tp.topic(), t -> new TreeMap<>())
                .put(tp.partition(), offset));
        StringBuilder text = new StringBuilder();
        for (int t = 0; t < TOPICS.size(); t++) {
            TreeMap<Integer, Long> partitions = byTopic.get(TOPICS.get(t));
            if (partitions == null) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append('~');
            }
            text.append(CODES.get(t));
            int count = partitions.lastKey() + 1;
            for (int p = 0; p < count; p++) {
                text.append('.').append(partitions.getOrDefault(p, 0L));
            }
        }
        return text.toString();
    }

    /**
     * Reads the text form.
     *
     * @param field named in the 400 answer when the text is not a position
     */
    public static Position decode(String text, String field) {
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            throw invalid(field);
        }
        Map<TopicPartition, Long> next = new HashMap<>();
        for (String group : text.trim().split("~")) {
            String[] parts = group.split("\\.");
            int topic = CODES.indexOf(parts[0]);
            if (topic < 0 || parts.length < 2 || parts.length - 1 > MAX_PARTITIONS) {
                throw invalid(field);
            }
            for (int p = 1; p < parts.length; p++) {
                try {
                    long offset = Long.parseLong(parts[p]);
                    if (offset < 0) {
                        throw invalid(field);
                    }
                    next.put(new TopicPartition(TOPICS.get(topic), p - 1), offset);
                } catch (NumberFormatException e) {
                    throw invalid(field);
                }
            }
        }
        return new Position(Map.copyOf(next));
    }

    private static ProblemException invalid(String field) {
        return ProblemException.badRequest(field, "not a stream position (use an id this service sent)");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Position other && other.next.equals(next);
    }

    @Override
    public int hashCode() {
        return next.hashCode();
    }

    @Override
    public String toString() {
        return encode();
    }

    /** A position that a single reader moves forward as it goes. Not thread-safe. */
    public static final class Mutable {
        private final Map<TopicPartition, Long> next;

        private Mutable(Map<TopicPartition, Long> next) {
            this.next = next;
        }

        /**
         * Moves past a record if it comes after the position.
         *
         * @return whether it did, i.e. whether the record is new to this reader
         */
        public boolean advance(TopicPartition partition, long offset) {
            if (offset < next.getOrDefault(partition, 0L)) {
                return false;
            }
            next.put(partition, offset + 1);
            return true;
        }

        /** Moves a partition forward to an offset (never back), e.g. past records that carried no event. */
        public void atLeast(TopicPartition partition, long offset) {
            next.merge(partition, offset, Math::max);
        }

        public long next(TopicPartition partition) {
            return next.getOrDefault(partition, 0L);
        }

        public Position snapshot() {
            return Position.of(next);
        }

        public String encode() {
            return snapshot().encode();
        }
    }
}
