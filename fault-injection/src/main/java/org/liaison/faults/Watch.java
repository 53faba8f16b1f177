package org.liaison.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Something sampled on a thread of its own while a fault runs ({@link VersionWatch}, {@link OffsetWatch},
 * {@link HealthWatch}); {@link #stop()} returns what it found. A sample that fails is skipped: what it reads may be
 * down on purpose.
 */
abstract class Watch implements AutoCloseable {

    private final Duration every;
    private final Thread sampler;
    private final List<String> findings = new ArrayList<>();
    private volatile boolean running = true;

    Watch(String name, Duration every) {
        this.every = every;
        this.sampler = new Thread(this::loop, name);
        sampler.setDaemon(true);
    }

    /** Call last in the subclass's constructor, once its fields are set. */
    final void start() {
        sampler.start();
    }

    /** One look; may throw when what it reads is unreachable. */
    abstract void sample() throws Exception;

    /** What {@link #stop()} returns; by default every {@link #found} line. */
    List<String> summary() {
        synchronized (findings) {
            return List.copyOf(findings);
        }
    }

    /** Frees what the watch holds, after its last sample. */
    void release() {
    }

    final void found(String finding) {
        synchronized (findings) {
            findings.add(finding);
        }
    }

    private void loop() {
        while (running) {
            long round = System.nanoTime();
            try {
                sample();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                // unreachable on purpose, perhaps; look again next round
            }
            Load.sleep(every.minusNanos(System.nanoTime() - round));
        }
    }

    /** Stops sampling and returns the {@link #summary()}. */
    final List<String> stop() {
        if (running) {
            running = false;
            try {
                sampler.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            release();
        }
        return summary();
    }

    @Override
    public final void close() {
        stop();
    }
}
