package org.liaison.bench;

import org.liaison.infra.testing.GroupOffsets;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads every consumer group's lag (records between its committed offsets and the ends of its topics) twice a second
 * on a thread of its own, while a workload runs and until the lag is back to 0 after it.
 */
final class LagSampler implements AutoCloseable {

    static final Duration EVERY = Duration.ofMillis(500);

    record Sample(double seconds, Map<String, Long> lag) {
        long total() {
            return lag.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final String bootstrap;
    private final Map<String, List<String>> groups;
    private final List<Sample> samples = new ArrayList<>();
    private final long start = System.nanoTime();
    private final Thread thread;
    private volatile boolean running = true;

    LagSampler(String bootstrap, Map<String, List<String>> groups) {
        this.bootstrap = bootstrap;
        this.groups = groups;
        this.thread = new Thread(this::loop, "bench-lag");
        thread.setDaemon(true);
        thread.start();
    }

    double now() {
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * Waits until every group's lag is 0 (or {@code max} passed).
     *
     * @return seconds from this call to lag 0, or NaN if it did not get there within {@code max}
     */
    double awaitDrained(Duration max) throws InterruptedException {
        double from = now();
        while (now() - from < max.toSeconds()) {
            Map<String, Long> lag = GroupOffsets.lag(bootstrap, groups);
            double at = now();
            record(at, lag);
            if (lag.values().stream().allMatch(l -> l == 0)) {
                return at - from;
            }
            Thread.sleep(EVERY.toMillis() / 5);
        }
        return Double.NaN;
    }

    /** The largest lag of each group among the samples taken between {@code from} and {@code to}. */
    synchronized Map<String, Long> maxLag(double from, double to) {
        Map<String, Long> max = new LinkedHashMap<>();
        groups.keySet().forEach(g -> max.put(g, 0L));
        for (Sample sample : samples) {
            if (sample.seconds() >= from && sample.seconds() <= to) {
                sample.lag().forEach((group, lag) -> max.merge(group, lag, Math::max));
            }
        }
        return max;
    }

    synchronized List<Sample> samples() {
        return List.copyOf(samples);
    }

    private synchronized void record(double at, Map<String, Long> lag) {
        samples.add(new Sample(at, lag));
    }

    private void loop() {
        while (running) {
            try {
                record(now(), GroupOffsets.lag(bootstrap, groups));
                Thread.sleep(EVERY.toMillis());
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // a sample the broker did not answer in time is a gap in the chart, not a failed run
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
