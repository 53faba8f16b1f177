package org.liaison.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The bench's knobs, as system properties ({@code ./liaison bench} passes {@code -Dliaison.bench.*} through):
 * <ul>
 *   <li>{@code liaison.bench.report}: where the report goes (target/bench)</li>
 *   <li>{@code liaison.bench.connections}: requests in flight for the closed-model workloads, and pgbench's clients
 *       (8)</li>
 *   <li>{@code liaison.bench.offices}: offices the load comes from, each with its own rate limit (40)</li>
 *   <li>{@code liaison.bench.calibration-seconds}: each pgbench run (10)</li>
 *   <li>{@code liaison.bench.warm-up-seconds}: creates before anything is measured (15)</li>
 *   <li>{@code liaison.bench.creates-seconds}: the closed-model creates (30)</li>
 *   <li>{@code liaison.bench.keeping-up-seconds}: creates at half the measured rate, open model (60)</li>
 *   <li>{@code liaison.bench.kafka-latency-records}: records Kafka's EndToEndLatency sends, one at a time (2000)</li>
 *   <li>{@code liaison.bench.reads-seconds}: each read workload, closed model at {@code connections} in flight: GET by
 *       id and a list page, on the plain app and on orgs-service (20)</li>
 *   <li>{@code liaison.bench.reads-warm-up-seconds}: the same requests before each of them, unmeasured, so that
 *       neither app is timed while its read path is still interpreted (5)</li>
 *   <li>{@code liaison.bench.read-offices}: offices the reads come from: each office may make 20 requests a second
 *       (burst 100), and the reads measure the service, not that limit (1000)</li>
 *   <li>{@code liaison.bench.plain-things}: rows the plain app's table holds for its reads, and the most organisation
 *       ids orgs-service's GETs by id go through (10000)</li>
 *   <li>{@code liaison.bench.sse-subscribers}: dashboard streams open at once in the second SSE run; the first has one
 *       (500, the dashboard's max-clients)</li>
 *   <li>{@code liaison.bench.sse-seconds}: creates while the streams are open, each SSE run (20)</li>
 *   <li>{@code liaison.bench.sse-creates-per-second}: their rate, open model (20)</li>
 *   <li>{@code liaison.bench.workloads}: which workloads run, comma-separated, in the bench's order: creates,
 *       keeping-up (needs creates), reads, streams, search, rename, rebuild (the last: it stops the consumers); the
 *       warm-up and the calibrations always run (all of them)</li>
 *   <li>{@code liaison.bench.rename-meetings}: meetings organised by the organisation the rename workload renames,
 *       merges and unmerges (30000)</li>
 *   <li>{@code liaison.bench.rename-recommendations}: recommendations that organisation leads, in sets of 100 it
 *       issues (3000)</li>
 *   <li>{@code liaison.bench.require-targets}: true to exit with status 1 when a target measured in the run is missed
 *       (the {@code scale} Maven profile sets it; false)</li>
 *   <li>{@code liaison.bench.rebuild-organizations}: organisations whose histories (four events each)
 *       meetings-service's directory is rebuilt from (250000: a million events)</li>
 * </ul>
 */
record BenchSettings(Path reportDirectory, int connections, int offices, Duration calibration, Duration warmUp,
                     Duration creates, Duration keepingUp, int kafkaLatencyRecords, Duration reads,
                     Duration readsWarmUp, int readOffices, int plainThings, int sseSubscribers, Duration sse,
                     double sseCreatesPerSecond, int rebuildOrganizations, Set<String> workloads) {

    static final Set<String> WORKLOADS = Set.of("creates", "keeping-up", "reads", "streams", "search", "rename",
            "rebuild");

    boolean runs(String workload) {
        return workloads.contains(workload);
    }

    static BenchSettings fromSystemProperties() {
        return new BenchSettings(
                Path.of(System.getProperty("liaison.bench.report", "target/bench")).toAbsolutePath(),
                Integer.getInteger("liaison.bench.connections", 8),
                Integer.getInteger("liaison.bench.offices", 40),
                seconds("liaison.bench.calibration-seconds", 10),
                seconds("liaison.bench.warm-up-seconds", 15),
                seconds("liaison.bench.creates-seconds", 30),
                seconds("liaison.bench.keeping-up-seconds", 60),
                Integer.getInteger("liaison.bench.kafka-latency-records", 2000),
                seconds("liaison.bench.reads-seconds", 20),
                seconds("liaison.bench.reads-warm-up-seconds", 5),
                Integer.getInteger("liaison.bench.read-offices", 1000),
                Integer.getInteger("liaison.bench.plain-things", 10_000),
                Integer.getInteger("liaison.bench.sse-subscribers", 500),
                seconds("liaison.bench.sse-seconds", 20),
                Double.parseDouble(System.getProperty("liaison.bench.sse-creates-per-second", "20")),
                Integer.getInteger("liaison.bench.rebuild-organizations", 250_000),
                workloads(System.getProperty("liaison.bench.workloads")));
    }

    private static Set<String> workloads(String list) {
        if (list == null || list.isBlank()) {
            return WORKLOADS;
        }
        Set<String> chosen = Arrays.stream(list.split(",")).map(String::strip).collect(Collectors.toSet());
        chosen.stream().filter(w -> !WORKLOADS.contains(w)).findFirst().ifPresent(w -> {
            throw new IllegalArgumentException("unknown workload " + w + " in liaison.bench.workloads; known: "
                    + WORKLOADS);
        });
        return chosen;
    }

    private static Duration seconds(String property, int fallback) {
        return Duration.ofSeconds(Integer.getInteger(property, fallback));
    }
}
