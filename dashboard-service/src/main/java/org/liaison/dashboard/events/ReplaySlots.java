package org.liaison.dashboard.events;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.dashboard.DashboardConfig;
import org.liaison.support.problem.ProblemException;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The replays an instance runs at once: a stream catching up (from Kafka, or from a buffered backlog too long to
 * hand over at once) or a {@code /feed} page read from Kafka. Each holds a Kafka consumer and/or a thread for as long
 * as it takes (a stream's: until its client has caught up), so they are counted: at most
 * {@code liaison.dashboard.max-replays} per instance and {@code liaison.dashboard.max-replays-per-office} per office
 * (one office cannot take them all). A replay over its office's share is refused with 429, one over the instance's
 * with 503, both problem+json with {@code Retry-After}; nothing waits in a queue.
 */
@ApplicationScoped
public class ReplaySlots {

    /** Seconds a refused client is asked to wait. */
    static final long RETRY_AFTER = 5;

    /** One running replay; closing it (once) frees its place. */
    public final class Slot implements AutoCloseable {
        private final String office;
        private final AtomicBoolean released = new AtomicBoolean();

        private Slot(String office) {
            this.office = office;
        }

        @Override
        public void close() {
            if (released.compareAndSet(false, true)) {
                release(office);
            }
        }
    }

    private final DashboardConfig config;
    private final Map<String, Integer> byOffice = new HashMap<>();
    private int running;

    public ReplaySlots(DashboardConfig config, MeterRegistry registry) {
        this.config = config;
        registry.gauge("liaison.dashboard.replays.running", this, ReplaySlots::running);
    }

    /**
     * Takes a place for a replay, or refuses it.
     *
     * @param office whose share it uses ({@code Viewer.quotaKey()})
     * @throws ProblemException 429 when the office has its share running, 503 when the instance has all it allows
     */
    public synchronized Slot acquire(String office) {
        if (byOffice.getOrDefault(office, 0) >= config.maxReplaysPerOffice()) {
            throw ProblemException.tooManyRequests("your office already has " + config.maxReplaysPerOffice()
                    + " replays running on this instance, the most one office may: try again shortly", RETRY_AFTER);
        }
        if (running >= config.maxReplays()) {
            throw ProblemException.serviceUnavailable(
                    "this instance runs as many replays as it can: try again shortly", RETRY_AFTER);
        }
        running++;
        byOffice.merge(office, 1, Integer::sum);
        return new Slot(office);
    }

    public synchronized int running() {
        return running;
    }

    private synchronized void release(String office) {
        running--;
        byOffice.computeIfPresent(office, (key, n) -> n > 1 ? n - 1 : null);
    }
}
