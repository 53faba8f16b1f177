package org.liaison.dashboard.events;

import org.apache.kafka.common.TopicPartition;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The buffer of {@link EventLog}: the most recent events, at most {@code maxEvents} of them and at most
 * {@code maxBytes} of them by their size on the wire ({@link LiveEvent#bytes()}), the oldest evicted first.
 * <p>
 * A count alone does not bound memory: an event carries its aggregate's full state, and one of the largest the relay
 * sends (1 MiB) is a thousand times one of the smallest, so ten thousand large ones would be gigabytes. Each event is
 * counted once, however many streams are sent it.
 * <p>
 * For each partition it knows its {@code floor}: the oldest offset it still holds every record from. An eviction moves
 * the floor past the evicted record, whichever bound evicted it, so a reader older than the floor is sent to Kafka
 * ({@link KafkaReplay}) instead of being handed a buffer with a hole in it. Not thread-safe: {@link EventLog} holds its
 * lock around every call.
 */
final class RecentEvents {

    private final int maxEvents;
    private final long maxBytes;
    private final ArrayDeque<LiveEvent> events = new ArrayDeque<>();
    private final Map<TopicPartition, Long> floor = new HashMap<>();
    private long bytes;

    RecentEvents(int maxEvents, long maxBytes) {
        if (maxEvents < 0 || maxBytes < 0) {
            throw new IllegalArgumentException("buffer bounds must not be negative: " + maxEvents + ", " + maxBytes);
        }
        this.maxEvents = maxEvents;
        this.maxBytes = maxBytes;
    }

    /**
     * Where a partition's records start being kept, the first time the partition is placed; later calls change nothing.
     */
    void startAt(TopicPartition partition, long next) {
        floor.putIfAbsent(partition, next);
    }

    /**
     * Appends the newest event and evicts the oldest until both bounds hold. An event larger than the whole byte bound
     * is evicted at once: the floor moves past it, and a reader that still needs it reads it from Kafka.
     */
    void add(LiveEvent event) {
        events.addLast(event);
        bytes += event.bytes();
        while (!events.isEmpty() && (events.size() > maxEvents || bytes > maxBytes)) {
            LiveEvent evicted = events.removeFirst();
            bytes -= evicted.bytes();
            floor.merge(evicted.partition(), evicted.offset() + 1, Math::max);
        }
    }

    /** Whether every record after the position is still here (or was never an event to keep). */
    boolean covers(Position from) {
        for (Map.Entry<TopicPartition, Long> f : floor.entrySet()) {
            if (from.next(f.getKey()) < f.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** The events after the position, oldest first, at most {@code limit}; the caller has checked {@link #covers}. */
    List<LiveEvent> after(Position from, int limit) {
        List<LiveEvent> out = new ArrayList<>();
        for (LiveEvent e : events) {
            if (out.size() >= limit) {
                break;
            }
            if (from.isBefore(e.partition(), e.offset())) {
                out.add(e);
            }
        }
        return out;
    }

    /** How many events after the position, counting no further than {@code stopAbove} + 1. */
    int countAfter(Position from, int stopAbove) {
        int n = 0;
        for (LiveEvent e : events) {
            if (from.isBefore(e.partition(), e.offset()) && ++n > stopAbove) {
                break;
            }
        }
        return n;
    }

    Position floor() {
        return Position.of(floor);
    }

    int size() {
        return events.size();
    }

    /** The sum of the held events' {@link LiveEvent#bytes()}. */
    long bytes() {
        return bytes;
    }
}
