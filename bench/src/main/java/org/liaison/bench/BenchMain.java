package org.liaison.bench;

import org.liaison.infra.FileTrees;
import org.liaison.infra.InfraLogging;
import org.liaison.infra.LiaisonTopology;
import org.liaison.infra.testing.Cluster;
import org.liaison.infra.testing.GroupOffsets;
import org.liaison.infra.testing.TestTokens;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * {@code ./liaison bench}: starts a cluster of its own (free ports, data under {@code target/bench/cluster}),
 * calibrates the box, runs each workload, calibrates again and writes {@code target/bench/report.json} and
 * {@code report.md}. Settings are system properties ({@link BenchSettings}).
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        if (System.getProperty("java.util.logging.manager") == null) {
            System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        }
        InfraLogging.configureConsole();
        BenchSettings settings = BenchSettings.fromSystemProperties();
        Path out = settings.reportDirectory();
        Path work = out.resolve("cluster");
        FileTrees.deleteQuietly(work);
        FileTrees.deleteQuietly(out.resolve("gatling"));
        if (System.getProperty("liaison.logs") == null) {
            System.setProperty("liaison.logs", out.resolve("logs").toString());
        }
        BenchReport report = new BenchReport(settings);
        try (Cluster cluster = Cluster.start(work)) {
            log("cluster up: %s", cluster.instances().stream().map(i -> i.name + " " + i.baseUrl).toList());
            String orgs = cluster.url(LiaisonTopology.ORGS);
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < settings.offices(); i++) {
                tokens.add(TestTokens.editor(UUID.randomUUID()));
            }
            Path gatling = out.resolve("gatling");
            Gatling.run(CreateOrganizations.Plan.closed("warm-up", orgs, tokens, settings.connections(),
                    settings.warmUp()), gatling);
            awaitConsumersCaughtUp(cluster);
            // Calibrated on the warm, quiet system: right after startup the services were still busy (JIT, first
            // polls) and the first calibration came out 16% below the second.
            Calibration calibration = new Calibration(cluster, out, settings.connections(), settings.calibration());
            report.calibrationBefore(calibration.run());
            log("calibrated: %s", report.calibrationBefore());
            report.kafkaLatency(KafkaLatency.measure(cluster.bootstrapServers(), settings.kafkaLatencyRecords()));
            log("Kafka end-to-end latency: %s", report.kafkaLatency());

            if (settings.runs("creates")) {
                double rate = Math.max(1, creates(cluster, settings, report, tokens, out) / 2);
                awaitConsumersCaughtUp(cluster);
                if (settings.runs("keeping-up")) {
                    keepingUp(cluster, settings, report, tokens, rate);
                }
                peakRss(cluster, report, "creates");
            }
            if (settings.runs("reads")) {
                reads(cluster, settings, report, gatling);
                peakRss(cluster, report, "reads");
            }
            if (settings.runs("streams")) {
                awaitConsumersCaughtUp(cluster);
                streams(cluster, settings, report, tokens);
                peakRss(cluster, report, "streams");
            }

            if (settings.runs("search")) {
                awaitConsumersCaughtUp(cluster);
                report.search(SearchAtScale.measure(cluster, settings, gatling));
                peakRss(cluster, report, "search");
            }
            if (settings.runs("rename")) {
                awaitConsumersCaughtUp(cluster);
                report.rename(RenameAtScale.measure(cluster,
                        Integer.getInteger("liaison.bench.rename-meetings", 30_000),
                        Integer.getInteger("liaison.bench.rename-recommendations", 3_000),
                        out.resolve(RenameAtScale.FLAME_GRAPH)));
                peakRss(cluster, report, "rename");
            }

            report.calibrationAfter(calibration.run());
            log("calibrated again: %s", report.calibrationAfter());

            if (settings.runs("rebuild")) {
                report.rebuild(TopicRebuild.measure(cluster, report.calibrationAfter(), settings.rebuildOrganizations(),
                        out));
                log("rebuild: %s", report.json().path("figures").path("rebuild"));
                peakRss(cluster, report, "rebuild");
            }
        }
        report.write(out);
        FileTrees.deleteQuietly(work);
        log("report: %s", out.resolve("report.md"));
        if (Boolean.getBoolean("liaison.bench.require-targets")) {
            List<BenchReport.Target> missed = report.targets().stream()
                    .filter(t -> !Double.isNaN(t.value()) && !t.met()).toList();
            if (!missed.isEmpty()) {
                log("targets missed: %s", missed);
                System.exit(1);
            }
            log("every target measured in this run was met");
        }
        // A library's scheduler thread (not a daemon, "pool-N-thread-1") kept the JVM alive for hours after the
        // report, idle but holding its memory: end here.
        System.exit(0);
    }

    /** The slowest workload, profiled: where a create's CPU goes, by process and (in orgs-service) by method. */
    private static double creates(Cluster cluster, BenchSettings settings, BenchReport report, List<String> tokens,
                                  Path out) {
        CpuUse cpu = CpuUse.from(cluster);
        GatlingStats creates;
        try (Profile ignored = Profile.start(cluster.instance(LiaisonTopology.ORGS).pid(),
                out.resolve(BenchReport.CREATES_FLAME_GRAPH), "orgs-service: POST /organizations, closed model")) {
            creates = Gatling.run(CreateOrganizations.Plan.closed("creates", cluster.url(LiaisonTopology.ORGS), tokens,
                    settings.connections(), settings.creates()), out.resolve("gatling"));
        }
        report.creates(creates, cpu.msPer(creates.ok()));
        log("creates: %.0f/s, p50 %.0f ms, p99 %.0f ms", creates.perSecond(), creates.p50Ms(), creates.p99Ms());
        return creates.perSecond();
    }

    /** Creates at a constant rate: the consumers' lag while they run and after, and commit-to-applied latency. */
    private static void keepingUp(Cluster cluster, BenchSettings settings, BenchReport report, List<String> tokens,
                                  double rate) throws Exception {
        try (LagSampler lag = new LagSampler(cluster.bootstrapServers(), GroupOffsets.liaisonGroups())) {
            double from = lag.now();
            Instant started = Instant.now();
            GatlingStats keepingUp = Gatling.run(CreateOrganizations.Plan.open("keeping-up",
                    cluster.url(LiaisonTopology.ORGS), tokens, rate, settings.keepingUp()),
                    settings.reportDirectory().resolve("gatling"));
            double to = lag.now();
            Instant ended = Instant.now();
            double drained = lag.awaitDrained(Duration.ofMinutes(2));
            report.propagation(Propagation.measure(cluster, started, ended));
            log("propagation orgs-service -> meetings-service: %s", report.propagation());
            report.keepingUp(keepingUp, lag.maxLag(from, to), drained, lag.samples(), from, to);
            log("keeping up at %.0f creates/s: max lag %s, 0 again %.1f s after the load", keepingUp.perSecond(),
                    lag.maxLag(from, to), drained);
        }
    }

    /** The dashboard's stream with one subscriber, then with many, while organisations are created. */
    private static void streams(Cluster cluster, BenchSettings settings, BenchReport report, List<String> tokens)
            throws Exception {
        Path gatling = settings.reportDirectory().resolve("gatling");
        SseDelivery.Figures one = SseDelivery.measure(cluster, gatling, tokens, 1, settings.sseCreatesPerSecond(),
                settings.sse());
        log("dashboard stream, 1 subscriber: %s", one);
        SseDelivery.Figures many = SseDelivery.measure(cluster, gatling, tokens, settings.sseSubscribers(),
                settings.sseCreatesPerSecond(), settings.sse());
        log("dashboard stream, %d subscribers: %s", settings.sseSubscribers(), many);
        report.sse(one, many);
    }

    /**
     * The plain app, started alone on the idle cluster, then GET by id and a list page of 50 on it and on
     * orgs-service, each warmed and then measured at the same requests in flight; then every app's RSS. orgs-service's
     * reads come from many offices' reader tokens (each office has its own rate limit).
     */
    private static void reads(Cluster cluster, BenchSettings settings, BenchReport report, Path gatling)
            throws Exception {
        String orgs = cluster.url(LiaisonTopology.ORGS);
        List<String> readers = new ArrayList<>();
        for (int i = 0; i < settings.readOffices(); i++) {
            readers.add(TestTokens.reader(UUID.randomUUID()));
        }
        List<String> organizations = new ArrayList<>();
        try (Connection db = cluster.database(LiaisonTopology.ORGS); Statement s = db.createStatement();
             ResultSet rows = s.executeQuery("select id::text from organization where merged_into is null "
                     + "order by random() limit " + settings.plainThings())) {
            while (rows.next()) {
                organizations.add("/organizations/" + rows.getString(1));
            }
        }
        try (PlainApp plain = PlainApp.start(cluster)) {
            log("plain app ready in %.1f s at %s", plain.process.startupTime.toNanos() / 1e9, plain.baseUrl());
            List<String> things = plain.seed(settings.plainThings()).stream().map(id -> "/things/" + id).toList();
            GatlingStats plainGet = read(gatling, settings, "plain-get", plain.baseUrl(), things, List.of());
            GatlingStats orgsGet = read(gatling, settings, "orgs-get", orgs, organizations, readers);
            GatlingStats plainList = read(gatling, settings, "plain-list", plain.baseUrl(),
                    List.of("/things?limit=50"), List.of());
            GatlingStats orgsList = read(gatling, settings, "orgs-list", orgs, List.of("/organizations?limit=50"),
                    readers);
            report.reads(plainGet, orgsGet, plainList, orgsList);
            // Cluster.start starts orgs-service alone, then the other three at once.
            List<Footprint> services = cluster.instances().stream().map(i -> i.name.equals(LiaisonTopology.ORGS.name())
                    ? Footprint.of(i, "by the cluster, first and alone, PostgreSQL and Kafka just up", true)
                    : Footprint.of(i, "by the cluster, three at once, after orgs-service", false)).toList();
            report.footprints(Footprint.of(plain.process, "alone, once the cluster was idle", true), services);
            log("GET by id: plain %.0f/s, orgs-service %.0f/s; list page: plain %.0f/s, orgs-service %.0f/s",
                    plainGet.perSecond(), orgsGet.perSecond(), plainList.perSecond(), orgsList.perSecond());
            log("startup and RSS: %s", report.json().path("figures").path("footprint"));
        }
    }

    private static GatlingStats read(Path gatling, BenchSettings settings, String name, String baseUrl,
                                     List<String> paths, List<String> tokens) {
        Gatling.run(new ReadRequests.Plan(name + "-warm-up", baseUrl, paths, tokens, settings.connections(),
                settings.readsWarmUp()), gatling);
        return Gatling.run(new ReadRequests.Plan(name, baseUrl, paths, tokens, settings.connections(),
                settings.reads()), gatling);
    }

    /** Every service's peak resident memory so far, read right after a workload: what it took under load. */
    private static void peakRss(Cluster cluster, BenchReport report, String afterWorkload) {
        List<Footprint.Peak> peaks = Footprint.Peak.of(cluster);
        report.peakRss(afterWorkload, peaks);
        log("peak RSS after %s: %s", afterWorkload,
                peaks.stream().map(p -> p.name() + " " + p.peakRssMiB() + " MiB (heap "
                + p.heapMiB() + ")").toList());
    }

    /** Waits until every consumer group has read all there is, so that the next workload starts on a quiet system. */
    static void awaitConsumersCaughtUp(Cluster cluster) throws InterruptedException {
        try (LagSampler idle = new LagSampler(cluster.bootstrapServers(), GroupOffsets.liaisonGroups())) {
            idle.awaitDrained(Duration.ofMinutes(2));
        }
    }

    static void log(String format, Object... args) {
        System.out.printf("[bench] " + format + "%n", args);
    }
}
