package org.liaison.bench;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The bench's knobs, as system properties ({@code ./liaison bench} passes {@code -Dliaison.bench.*} through):
 * <ul>
 *   <li>{@code liaison.bench.report}: where the report goes (target/bench)</li>
 *   <li>{@code liaison.bench.connections}: requests in flight for the closed-model workloads, and pgbench's clients (8)</li>
 *   <li>{@code liaison.bench.offices}: offices the load comes from, each with its own rate limit (40)</li>
 *   <li>{@code liaison.bench.calibration-seconds}: each pgbench run (10)</li>
 *   <li>{@code liaison.bench.warm-up-seconds}: creates before anything is measured (15)</li>
 *   <li>{@code liaison.bench.creates-seconds}: the closed-model creates (30)</li>
 *   <li>{@code liaison.bench.keeping-up-seconds}: creates at half the measured rate, open model (60)</li>
 *   <li>{@code liaison.bench.kafka-latency-records}: records Kafka's EndToEndLatency sends, one at a time (2000)</li>
 * </ul>
 */
record BenchSettings(Path reportDirectory, int connections, int offices, Duration calibration, Duration warmUp,
                     Duration creates, Duration keepingUp, int kafkaLatencyRecords) {

    static BenchSettings fromSystemProperties() {
        return new BenchSettings(
                Path.of(System.getProperty("liaison.bench.report", "target/bench")).toAbsolutePath(),
                Integer.getInteger("liaison.bench.connections", 8),
                Integer.getInteger("liaison.bench.offices", 40),
                seconds("liaison.bench.calibration-seconds", 10),
                seconds("liaison.bench.warm-up-seconds", 15),
                seconds("liaison.bench.creates-seconds", 30),
                seconds("liaison.bench.keeping-up-seconds", 60),
                Integer.getInteger("liaison.bench.kafka-latency-records", 2000));
    }

    private static Duration seconds(String property, int fallback) {
        return Duration.ofSeconds(Integer.getInteger(property, fallback));
    }
}
