package org.liaison.bench;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kafka's own end-to-end latency on the cluster's broker (kafka-tools' EndToEndLatency, acks=all: one record at a
 * time, produced, consumed, timed), the floor under what a commit in one service takes to reach another. It runs as a
 * process of its own because the tool ends its JVM when done.
 */
final class KafkaLatency {

    /** Milliseconds; the tool reports whole milliseconds. */
    record Figures(double p50Ms, double p99Ms) {
    }

    private static final Pattern PERCENTILES = Pattern.compile("Percentiles: 50th = (\\d+), 99th = (\\d+)");
    private static final String TOPIC = "bench.end-to-end-latency";

    private KafkaLatency() {
    }

    static Figures measure(String bootstrap, int records) throws InterruptedException {
        String output = KafkaTools.run("EndToEndLatency", List.of("--bootstrap-server", bootstrap, "--topic", TOPIC,
                "--num-records", String.valueOf(records), "--producer-acks", "all", "--record-size", "600"),
                Duration.ofMinutes(5));
        Matcher percentiles = PERCENTILES.matcher(output);
        if (!percentiles.find()) {
            throw new IllegalStateException("no percentiles in EndToEndLatency's output:\n" + output);
        }
        return new Figures(Double.parseDouble(percentiles.group(1)), Double.parseDouble(percentiles.group(2)));
    }
}
