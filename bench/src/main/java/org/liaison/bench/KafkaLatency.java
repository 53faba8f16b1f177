package org.liaison.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", libraries() + "/*", "org.apache.kafka.tools.EndToEndLatency", "--bootstrap-server", bootstrap,
                "--topic", TOPIC, "--num-records", String.valueOf(records), "--producer-acks", "all",
                "--record-size", "600");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("EndToEndLatency failed:\n" + output);
            }
            Matcher percentiles = PERCENTILES.matcher(output);
            if (!percentiles.find()) {
                throw new IllegalStateException("no percentiles in EndToEndLatency's output:\n" + output);
            }
            return new Figures(Double.parseDouble(percentiles.group(1)), Double.parseDouble(percentiles.group(2)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run EndToEndLatency", e);
        }
    }

    /** The bench jar's lib/ (its manifest class path), where kafka-tools is. */
    private static Path libraries() {
        try {
            Path jar = Path.of(KafkaLatency.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.getParent().resolve("lib");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
