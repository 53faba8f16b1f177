package org.liaison.dashboard.health;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.EventEnvelope;
import org.liaison.dashboard.events.LiveEvent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EventsPerMinuteTest {

    private static final Instant NOW = Instant.parse("2026-12-07T06:30:20Z");
    private static final TopicPartition MEETINGS_0 = new TopicPartition("meetings.events", 0);

    private final MutableClock clock = new MutableClock(NOW);
    private final EventsPerMinute rate = new EventsPerMinute(clock, null);

    @Test
    void countsEachEventInTheMinuteTheBrokerTookItOverTheLastHour() {
        rate.count(NOW);
        rate.count(NOW.minusSeconds(20)); // 06:30:00, this minute still
        rate.count(NOW.minusSeconds(21)); // 06:29:59
        rate.count(NOW.minus(Duration.ofMinutes(59))); // 05:31, the oldest minute shown
        rate.count(NOW.minus(Duration.ofMinutes(60))); // 05:30, an hour ago: not shown
        rate.count(NOW.plus(Duration.ofMinutes(3))); // a producer's clock ahead: this minute

        List<EventsPerMinute.Minute> hour = rate.lastHour();
        assertEquals(60, hour.size());
        assertEquals(Instant.parse("2026-12-07T05:31:00Z"), hour.get(0).start());
        assertEquals(Instant.parse("2026-12-07T06:30:00Z"), hour.get(59).start());
        assertEquals(1, hour.get(0).events());
        assertEquals(1, hour.get(58).events());
        assertEquals(3, hour.get(59).events());
        assertEquals(5, hour.stream().mapToLong(EventsPerMinute.Minute::events).sum());
    }

    @Test
    void aMinuteOlderThanAnHourIsForgottenWhenItsSlotComesRoundAgain() {
        rate.count(NOW);
        clock.now = NOW.plus(Duration.ofMinutes(60));
        assertEquals(0, rate.lastHour().stream().mapToLong(EventsPerMinute.Minute::events).sum(),
                "06:30 has left the window");
        rate.count(clock.now); // 07:30, the slot 06:30 had
        assertEquals(1, rate.lastHour().get(59).events());
        assertEquals(1, rate.lastHour().stream().mapToLong(EventsPerMinute.Minute::events).sum());
    }

    @Test
    void aRecordReadAgainAfterTheConsumerRestartsAndARecordThatIsNoEventAreNotCounted() {
        rate.onRecord(event(0));
        rate.onRecord(event(1));
        rate.onRecord(event(0)); // read again
        rate.onRecord(new LiveEvent(MEETINGS_0, 2, NOW, null, 10)); // not a CloudEvent
        rate.onRecord(event(3));
        assertEquals(3, rate.lastHour().get(59).events());
    }

    private static LiveEvent event(long offset) {
        UUID id = UUID.randomUUID();
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), "meeting.created",
                "/meetings-service", "meeting/" + id, NOW.atOffset(ZoneOffset.UTC), id.toString(), null, null,
                JsonNodeFactory.instance.objectNode());
        return new LiveEvent(MEETINGS_0, offset, NOW, envelope, 100);
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
