package org.liaison.dashboard.events;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The buffer keeps within both bounds, and whatever it evicts moves its floor so that older readers go to Kafka. */
class RecentEventsTest {

    private static final TopicPartition P0 = new TopicPartition("meetings.events", 0);
    private static final TopicPartition P1 = new TopicPartition("meetings.events", 1);

    @Test
    void largeEventsAreEvictedByBytesLongBeforeTheCountIsReached() {
        RecentEvents buffer = started(100, 3_500);
        for (long offset = 0; offset < 5; offset++) {
            buffer.add(event(P0, offset, 1_000));
        }
        assertEquals(3, buffer.size(), "3 of 1,000 bytes fit in 3,500");
        assertEquals(3_000, buffer.bytes());
        assertEquals(2, buffer.floor().next(P0), "offsets 0 and 1 were evicted");
        assertFalse(buffer.covers(at(1, 0)), "a reader that has not seen offset 1 must read Kafka");
        assertTrue(buffer.covers(at(2, 0)));
        assertEquals(List.of(2L, 3L, 4L), offsets(buffer.after(at(2, 0), 10)));
    }

    @Test
    void theCountStillBoundsSmallEvents() {
        RecentEvents buffer = started(3, 1_000_000);
        for (long offset = 0; offset < 5; offset++) {
            buffer.add(event(P0, offset, 10));
        }
        assertEquals(3, buffer.size());
        assertEquals(30, buffer.bytes());
        assertEquals(2, buffer.floor().next(P0));
    }

    @Test
    void eachPartitionsFloorMovesOnlyPastWhatWasEvictedFromIt() {
        RecentEvents buffer = started(100, 2_500);
        buffer.add(event(P0, 0, 1_000));
        buffer.add(event(P1, 0, 1_000));
        buffer.add(event(P1, 1, 1_000)); // 3,000 > 2,500: P0's offset 0 goes
        assertEquals(2, buffer.size());
        assertEquals(1, buffer.floor().next(P0));
        assertEquals(0, buffer.floor().next(P1));
        assertTrue(buffer.covers(at(1, 0)), "nothing of P1 is missing yet");
        assertFalse(buffer.covers(at(0, 0)));
        assertEquals(List.of(0L, 1L), offsets(buffer.after(at(1, 0), 10)));
    }

    @Test
    void anEventLargerThanTheWholeBoundIsNotKeptAndTheFloorMovesPastIt() {
        RecentEvents buffer = started(100, 2_000);
        buffer.add(event(P0, 0, 500));
        buffer.add(event(P0, 1, 5_000));
        assertEquals(0, buffer.size(), "the large one pushed out the small one and then itself");
        assertEquals(0, buffer.bytes());
        assertEquals(2, buffer.floor().next(P0));
        assertFalse(buffer.covers(at(1, 0)), "a reader that missed it reads it from Kafka");
        assertTrue(buffer.covers(at(2, 0)));
        buffer.add(event(P0, 2, 500));
        assertEquals(List.of(2L), offsets(buffer.after(at(2, 0), 10)));
    }

    @Test
    void evictedBytesAreGivenBackSoTheBufferRefillsToItsBound() {
        RecentEvents buffer = started(100, 10_000);
        for (long offset = 0; offset < 1_000; offset++) {
            buffer.add(event(P0, offset, 100 + offset % 7 * 300));
            assertTrue(buffer.bytes() <= 10_000, "over the bound at offset " + offset + ": " + buffer.bytes());
        }
        long held = buffer.after(buffer.floor(), Integer.MAX_VALUE).stream().mapToLong(LiveEvent::bytes).sum();
        assertEquals(held, buffer.bytes(), "the count of bytes is the sum of the events held");
        assertTrue(buffer.bytes() > 10_000 - 1_900, "it holds as much as fits, not less: " + buffer.bytes());
    }

    @Test
    void countAfterStopsJustPastTheLimit() {
        RecentEvents buffer = started(100, 1_000_000);
        for (long offset = 0; offset < 10; offset++) {
            buffer.add(event(P0, offset, 10));
        }
        assertEquals(4, buffer.countAfter(at(6, 0), 5));
        assertEquals(6, buffer.countAfter(at(0, 0), 5), "more than 5: stops counting at 6");
    }

    private static RecentEvents started(int maxEvents, long maxBytes) {
        RecentEvents buffer = new RecentEvents(maxEvents, maxBytes);
        buffer.startAt(P0, 0);
        buffer.startAt(P1, 0);
        return buffer;
    }

    private static Position at(long p0, long p1) {
        return Position.of(Map.of(P0, p0, P1, p1));
    }

    private static LiveEvent event(TopicPartition partition, long offset, long bytes) {
        return new LiveEvent(partition, offset, Instant.EPOCH, null, bytes);
    }

    private static List<Long> offsets(List<LiveEvent> events) {
        return events.stream().map(LiveEvent::offset).toList();
    }
}
