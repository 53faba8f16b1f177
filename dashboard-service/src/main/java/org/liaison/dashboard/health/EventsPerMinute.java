package org.liaison.dashboard.health;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.common.TopicPartition;
import org.liaison.dashboard.events.EventLog;
import org.liaison.dashboard.events.LiveEvent;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Events per minute over the last hour, across the three topics, counted from what the live consumer reads, by the
 * minute the broker took each event. Kept in memory only: a restarted instance starts empty but for the replay
 * window the live consumer reads back at startup ({@code liaison.dashboard.replay-window}, 30 minutes), so the
 * older minutes show none until they have passed again. Sixty slots, one per minute, reused as the hour moves on.
 */
@ApplicationScoped
public class EventsPerMinute {

    /** One minute of the chart. */
    public record Minute(Instant start, long events) {
    }

    static final int MINUTES = 60;

    private final Clock clock;
    private final EventLog log;
    private final long[] slotMinute = new long[MINUTES];
    private final long[] slotCount = new long[MINUTES];
    /** Per partition, the next offset not yet counted: the live consumer hands a record again after a restart. */
    private final Map<TopicPartition, Long> next = new HashMap<>();

    @Inject
    public EventsPerMinute(EventLog log) {
        this(Clock.systemUTC(), log);
    }

    EventsPerMinute(Clock clock, EventLog log) {
        this.clock = clock;
        this.log = log;
    }

    /** Before the live consumer starts (it starts on the same event), so that its replay window is counted too. */
    void start(@Observes @Priority(1) StartupEvent event) {
        log.observe(this::onRecord);
    }

    /** On the live consumer's thread. */
    void onRecord(LiveEvent record) {
        if (record.offset() < next.getOrDefault(record.partition(), 0L)) {
            return;
        }
        next.put(record.partition(), record.offset() + 1);
        if (record.isEvent()) {
            count(record.timestamp());
        }
    }

    /** Counts one event taken at {@code at}; one from a producer whose clock runs ahead counts for this minute. */
    synchronized void count(Instant at) {
        long now = minute(clock.instant());
        long minute = Math.min(minute(at), now);
        if (minute <= now - MINUTES) {
            return;
        }
        int slot = (int) Math.floorMod(minute, (long) MINUTES);
        if (slotMinute[slot] != minute) {
            slotMinute[slot] = minute;
            slotCount[slot] = 0;
        }
        slotCount[slot]++;
    }

    /** The last sixty minutes, oldest first, this one (still counting) last. */
    public synchronized List<Minute> lastHour() {
        long now = minute(clock.instant());
        List<Minute> minutes = new ArrayList<>(MINUTES);
        for (long minute = now - MINUTES + 1; minute <= now; minute++) {
            int slot = (int) Math.floorMod(minute, (long) MINUTES);
            long events = slotMinute[slot] == minute ? slotCount[slot] : 0;
            minutes.add(new Minute(Instant.ofEpochSecond(minute * 60), events));
        }
        return minutes;
    }

    private static long minute(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), 60L);
    }
}
