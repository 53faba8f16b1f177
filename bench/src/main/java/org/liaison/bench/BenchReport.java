package org.liaison.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.liaison.contracts.EventJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one run, the ratios to the calibrations of the same run, and the targets of issue 14; written as
 * {@code report.json} (raw figures and ratios) and {@code report.md} (a table, the lag chart, links to Gatling's
 * reports).
 */
final class BenchReport {

    static final String CREATES_FLAME_GRAPH = "flame-creates.html";

    /** Two calibrations further apart than this mark the run noisy: the box was busy with something else. */
    static final double NOISE = 0.15;

    /** A figure against its target. */
    record Target(String key, double value, String rule, double limit) {
        boolean met() {
            return !Double.isNaN(value) && (rule.equals(">=") ? value >= limit : rule.equals("<") ? value < limit
                    : value <= limit);
        }
    }

    private final BenchSettings settings;
    /** Not measured until set: NaN figures (no pgbench, or the run stopped before). */
    private Calibration.Figures before = Calibration.Figures.NOT_MEASURED;
    private Calibration.Figures after = Calibration.Figures.NOT_MEASURED;
    private KafkaLatency.Figures kafkaLatency;
    private Propagation.Figures propagation;
    private GatlingStats creates;
    private Map<String, Double> createCpuMs = Map.of();
    private GatlingStats keepingUp;
    private Map<String, Long> maxLag = Map.of();
    private double drainSeconds = Double.NaN;
    private List<LagSampler.Sample> lagSamples = List.of();
    private double loadFrom;
    private double loadTo;
    private GatlingStats plainGet;
    private GatlingStats orgsGet;
    private GatlingStats plainList;
    private GatlingStats orgsList;
    private Footprint plain;
    private List<Footprint> services = List.of();
    /** Each service's peak RSS read after a workload, by the workload's name, in the order they ran. */
    private final Map<String, List<Footprint.Peak>> peakRss = new LinkedHashMap<>();
    private SseDelivery.Figures sseOne;
    private SseDelivery.Figures sseMany;
    private TopicRebuild.Figures rebuild;
    private SearchAtScale.Figures search;
    private RenameAtScale.Figures rename;

    BenchReport(BenchSettings settings) {
        this.settings = settings;
    }

    void calibrationBefore(Calibration.Figures figures) {
        before = figures;
    }

    void calibrationAfter(Calibration.Figures figures) {
        after = figures;
    }

    Calibration.Figures calibrationBefore() {
        return before;
    }

    Calibration.Figures calibrationAfter() {
        return after;
    }

    void kafkaLatency(KafkaLatency.Figures figures) {
        kafkaLatency = figures;
    }

    KafkaLatency.Figures kafkaLatency() {
        return kafkaLatency;
    }

    void propagation(Propagation.Figures figures) {
        propagation = figures;
    }

    Propagation.Figures propagation() {
        return propagation;
    }

    /** @param cpuMs CPU milliseconds per create, per process ({@link CpuUse#msPer}) */
    void creates(GatlingStats stats, Map<String, Double> cpuMs) {
        creates = stats;
        createCpuMs = cpuMs;
    }

    void keepingUp(GatlingStats stats, Map<String, Long> maxLag, double drainSeconds, List<LagSampler.Sample> samples,
                   double loadFrom, double loadTo) {
        this.keepingUp = stats;
        this.maxLag = maxLag;
        this.drainSeconds = drainSeconds;
        this.lagSamples = samples;
        this.loadFrom = loadFrom;
        this.loadTo = loadTo;
    }

    /** GET by id and a list page of 50, on the plain app and on orgs-service, each at the same requests in flight. */
    void reads(GatlingStats plainGet, GatlingStats orgsGet, GatlingStats plainList, GatlingStats orgsList) {
        this.plainGet = plainGet;
        this.orgsGet = orgsGet;
        this.plainList = plainList;
        this.orgsList = orgsList;
    }

    /** The plain app's time to ready and RSS, and every service instance's of the cluster. */
    void footprints(Footprint plain, List<Footprint> services) {
        this.plain = plain;
        this.services = List.copyOf(services);
    }

    /** Every service's peak resident memory (VmHWM) read right after a workload. */
    void peakRss(String afterWorkload, List<Footprint.Peak> peaks) {
        peakRss.put(afterWorkload, List.copyOf(peaks));
    }

    /** Dashboard stream delivery with one subscriber, and with many. */
    void sse(SseDelivery.Figures one, SseDelivery.Figures many) {
        this.sseOne = one;
        this.sseMany = many;
    }

    /** A read model rebuilt from its topic. */
    void rebuild(TopicRebuild.Figures figures) {
        this.rebuild = figures;
    }

    /** A large organisation renamed, merged and unmerged. */
    void rename(RenameAtScale.Figures figures) {
        this.rename = figures;
    }

    /** Searches at scale: the loads before them and each endpoint's query classes. */
    void search(SearchAtScale.Figures figures) {
        this.search = figures;
    }

    /** The slowest service's time to ready over the plain app's. */
    double startupRatio() {
        if (plain == null || services.isEmpty()) {
            return Double.NaN;
        }
        return services.stream().mapToDouble(Footprint::startupSeconds).max().orElseThrow() / plain.startupSeconds();
    }

    /** The largest service's resident memory over the plain app's; NaN when one could not be read. */
    double rssRatio() {
        if (plain == null || services.isEmpty() || plain.rssMiB() <= 0
                || services.stream().anyMatch(f -> f.rssMiB() <= 0)) {
            return Double.NaN;
        }
        return services.stream().mapToLong(Footprint::rssMiB).max().orElseThrow() / (double) plain.rssMiB();
    }

    /** The mean of the two row+outbox calibrations. */
    double rowAndOutboxTps() {
        return mean(before.rowAndOutboxTps(), after.rowAndOutboxTps());
    }

    boolean noisy() {
        return before.measured() && after.measured()
                && Math.abs(before.rowAndOutboxTps() - after.rowAndOutboxTps())
                / Math.max(before.rowAndOutboxTps(), after.rowAndOutboxTps()) > NOISE;
    }

    /** The largest lag of any group, in seconds' worth of the events the load wrote. */
    double maxLagSeconds() {
        if (keepingUp == null || keepingUp.perSecond() <= 0) {
            return Double.NaN;
        }
        return maxLag.values().stream().mapToLong(Long::longValue).max().orElse(0) / keepingUp.perSecond();
    }

    List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        targets.add(new Target("createRatio", creates == null ? Double.NaN : creates.perSecond() / rowAndOutboxTps(),
                ">=", 0.10));
        targets.add(new Target("createP99Ms", creates == null ? Double.NaN : creates.p99Ms(), "<=", 50));
        targets.add(new Target("maxLagSeconds", maxLagSeconds(), "<", 2));
        targets.add(new Target("drainSeconds", drainSeconds, "<=", 2));
        boolean propagated = propagation != null && kafkaLatency != null;
        targets.add(new Target("propagationP50OverheadMs",
                propagated ? propagation.p50Ms() - kafkaLatency.p50Ms() : Double.NaN, "<=", 5));
        // The tool reports whole milliseconds: a p99 under 1 ms counts as 1.
        targets.add(new Target("propagationP99Ratio",
                propagated ? propagation.p99Ms() / Math.max(1, kafkaLatency.p99Ms()) : Double.NaN, "<=", 3));
        targets.add(new Target("getRatio", rateRatio(orgsGet, plainGet), ">=", 1.0));
        targets.add(new Target("listRatio", rateRatio(orgsList, plainList), ">=", 0.5));
        targets.add(new Target("startupRatio", startupRatio(), "<=", 1.0));
        targets.add(new Target("rssRatio", rssRatio(), "<=", 1.0));
        boolean streamed = sseOne != null && sseMany != null;
        targets.add(new Target("sseP99Ratio", streamed ? sseMany.p99Ms() / sseOne.p99Ms() : Double.NaN, "<=", 2.0));
        targets.add(new Target("searchP95Ms", search == null ? Double.NaN : search.p95Ms(), "<=", 20));
        targets.add(new Target("sseGaps", streamed ? sseOne.gaps() + sseMany.gaps() : Double.NaN, "<=", 0));
        // A merge is in the directory when its event is applied; its meetings move after that, in batches.
        targets.add(new Target("renameDirectorySeconds", rename == null ? Double.NaN
                : Math.max(rename.renameDirectorySeconds(), rename.mergeAppliedMs() / 1000), "<=", 1));
        targets.add(new Target("renameSearchSeconds", rename == null ? Double.NaN
                : Math.max(rename.renameSearchSeconds(), Math.max(rename.mergeSearchSeconds(),
                        rename.unmergeSearchSeconds())), "<=", 10));
        targets.add(new Target("unrelatedRenameSeconds", rename == null ? Double.NaN
                : Math.max(rename.unrelatedRenameSeconds(), rename.unrelatedAfterMergeSeconds()), "<=", 1));
        targets.add(new Target("renameDeadLetters", rename == null ? Double.NaN : rename.deadLetters(), "<=", 0));
        targets.add(new Target("rebuildSeconds", rebuild == null ? Double.NaN : rebuild.seconds(), "<=", 60));
        targets.add(new Target("rebuildRatio", rebuild == null ? Double.NaN : rebuild.ratio(), ">=", 0.75));
        return targets;
    }

    private static double rateRatio(GatlingStats service, GatlingStats plain) {
        return service == null || plain == null ? Double.NaN : service.perSecond() / plain.perSecond();
    }

    void write(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("report.json"), EventJson.mapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(json()));
            if (!lagSamples.isEmpty()) {
                Files.writeString(dir.resolve("lag.svg"), LagChart.svg("Consumer lag (records) under creates at "
                        + format(keepingUp.perSecond()) + "/s; shaded: the load", lagSamples, loadFrom, loadTo));
            }
            Files.writeString(dir.resolve("report.md"), markdown(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ObjectNode json() {
        ObjectNode root = EventJson.mapper().createObjectNode();
        targets().forEach(t -> root.put(t.key(), round(t.value())));
        root.put("noisy", noisy());
        ObjectNode raw = root.putObject("figures");
        if (creates != null) {
            ObjectNode c = stats(creates);
            createCpuMs.forEach((process, ms) -> c.with("cpuMsPerCreate").put(process, round(ms)));
            raw.set("creates", c);
        }
        if (keepingUp != null) {
            ObjectNode k = stats(keepingUp);
            maxLag.forEach((group, lag) -> k.with("maxLag").put(group, lag));
            raw.set("keepingUp", k);
        }
        if (plainGet != null) {
            ObjectNode reads = raw.putObject("reads");
            reads.set("plainGet", stats(plainGet));
            reads.set("orgsGet", stats(orgsGet));
            reads.set("plainList", stats(plainList));
            reads.set("orgsList", stats(orgsList));
        }
        if (plain != null) {
            ObjectNode footprint = raw.putObject("footprint");
            footprint.set("plain", footprint(plain));
            services.forEach(f -> footprint.withArray("services").add(footprint(f)));
        }
        if (!peakRss.isEmpty()) {
            ObjectNode peaks = raw.putObject("peakRssMiB");
            peakRss.forEach((workload, list) -> {
                ObjectNode after = peaks.putObject(workload);
                list.forEach(p -> after.putObject(p.name()).put("heapMiB", p.heapMiB())
                        .put("peakRssMiB", p.peakRssMiB()));
            });
        }
        if (sseOne != null) {
            ObjectNode sse = raw.putObject("sse");
            sse.set("one", sse(sseOne));
            sse.set("many", sse(sseMany));
        }
        if (rebuild != null) {
            raw.set("rebuild", rebuild.json());
        }
        if (rename != null) {
            raw.set("rename", rename.json());
        }
        if (search != null) {
            raw.set("search", SearchReport.json(search));
        }
        if (propagation != null) {
            raw.putObject("propagation").put("events", propagation.events()).put("p50Ms", round(propagation.p50Ms()))
                    .put("p99Ms", round(propagation.p99Ms()));
        }
        ObjectNode calibration = root.putObject("calibration");
        if (kafkaLatency != null) {
            calibration.putObject("kafkaEndToEnd").put("p50Ms", kafkaLatency.p50Ms())
                    .put("p99Ms", kafkaLatency.p99Ms());
        }
        calibration.set("before", calibration(before));
        calibration.set("after", calibration(after));
        ObjectNode machine = root.putObject("machine");
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("memoryBytes", totalMemory());
        machine.put("java", System.getProperty("java.version"));
        ObjectNode versions = root.putObject("versions");
        versions.put("gatling", io.gatling.javaapi.core.Simulation.class.getPackage().getImplementationVersion());
        ObjectNode knobs = root.putObject("settings");
        knobs.put("connections", settings.connections());
        knobs.put("offices", settings.offices());
        knobs.put("createsSeconds", settings.creates().toSeconds());
        knobs.put("keepingUpSeconds", settings.keepingUp().toSeconds());
        knobs.put("readsSeconds", settings.reads().toSeconds());
        knobs.put("readOffices", settings.readOffices());
        knobs.put("sseSubscribers", settings.sseSubscribers());
        knobs.put("sseSeconds", settings.sse().toSeconds());
        knobs.put("sseCreatesPerSecond", settings.sseCreatesPerSecond());
        return root;
    }

    private String markdown(Path dir) {
        StringBuilder md = new StringBuilder("# Bench\n\n");
        if (noisy()) {
            md.append("**Noisy run**: the two calibrations differ by more than ").append((int) (NOISE * 100))
                    .append("%; the box was busy with something else.\n\n");
        }
        md.append(String.format(Locale.ROOT, "Calibration (pgbench, %d clients): row+outbox %s TPS before, %s after; "
                        + "select-only %s / %s TPS.%n%n", settings.connections(), format(before.rowAndOutboxTps()),
                format(after.rowAndOutboxTps()), format(before.selectOnlyTps()), format(after.selectOnlyTps())));
        if (kafkaLatency != null) {
            md.append(String.format(Locale.ROOT,
                    "Kafka's own end-to-end latency (EndToEndLatency, acks=all): p50 %s ms, "
                    + "p99 %s ms (whole milliseconds).%n%n", format(kafkaLatency.p50Ms()),
                    format(kafkaLatency.p99Ms())));
        }
        if (propagation != null) {
            md.append(String.format(Locale.ROOT,
                    "Commit in orgs-service to applied in meetings-service, %d events of the "
                    + "open-model creates: p50 %s ms, p99 %s ms.%n%n", propagation.events(),
                    format(propagation.p50Ms()), format(propagation.p99Ms())));
        }
        if (rename != null) {
            md.append(rename.markdown());
        }
        if (rebuild != null) {
            md.append(rebuild.markdown());
        }
        md.append("| Figure | Value | Target | Met |\n|---|---|---|---|\n");
        for (Target t : targets()) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %s %s | %s |%n", t.key(), format(t.value()), t.rule(),
                    format(t.limit()), t.met() ? "yes" : "**no**"));
        }
        md.append("\n| Workload | Answers | Failed | Rate (/s) | p50 | p75 | p95 | p99 | max (ms) "
                + "|\n|---|---|---|---|---|---|---|---|---|\n");
        Map<String, GatlingStats> workloads = new LinkedHashMap<>();
        if (creates != null) {
            workloads.put("creates, " + settings.connections() + " in flight (closed)", creates);
        }
        if (keepingUp != null) {
            workloads.put("creates at half that rate (open)", keepingUp);
        }
        if (plainGet != null) {
            String closed = ", " + settings.connections() + " in flight (closed)";
            workloads.put("plain app: GET /things/{id}" + closed, plainGet);
            workloads.put("orgs-service: GET /organizations/{id}" + closed, orgsGet);
            workloads.put("plain app: GET /things?limit=50" + closed, plainList);
            workloads.put("orgs-service: GET /organizations?limit=50" + closed, orgsList);
        }
        workloads.forEach((name, s) -> md.append(String.format(Locale.ROOT,
                "| [%s](%s) | %d | %d | %s | %s | %s | %s | %s | %s |%n",
                name, dir.relativize(s.report()), s.ok(), s.failed(), format(s.perSecond()), format(s.p50Ms()),
                format(s.p75Ms()), format(s.p95Ms()), format(s.p99Ms()), format(s.maxMs()))));
        if (!createCpuMs.isEmpty()) {
            md.append(String.format(Locale.ROOT, "%nWhere a create's CPU goes (closed model; milliseconds of CPU per "
                    + "create, JIT and GC included), against pgbench's row+outbox transaction, which costs PostgreSQL "
                    + "%s ms. Profile of orgs-service over the same workload: [flame graph](%s).%n%n"
                    + "| Process | CPU ms per create |%n|---|---|%n", format(before.rowAndOutboxCpuMs()),
                    CREATES_FLAME_GRAPH));
            createCpuMs.forEach((process, ms) -> md.append(String.format(Locale.ROOT, "| %s | %s |%n", process,
                    format(ms))));
        }
        if (!maxLag.isEmpty()) {
            md.append("\nLargest lag per consumer group while the open-model creates ran (records): ").append(maxLag)
                    .append(String.format(Locale.ROOT, "; back to 0 %s s after the load.%n%n![lag](lag.svg)%n",
                            format(drainSeconds)));
        }
        if (plain != null) {
            md.append("\nThe services against a plain Quarkus app (bench/plain-app: Quarkus REST with Jackson, "
                    + "Hibernate "
                    + "ORM with Panache, the PostgreSQL driver, Flyway, SmallRye Health; one table and an outbox; no "
                    + "security, Kafka, rate limit, validation or metrics), all started by `java -Xmx<heap> -jar "
                    + "quarkus-run.jar` (each service with its heap of LiaisonTopology, the plain app with "
                    + "orgs-service's) and timed to `/q/health/ready`; RSS read from /proc once the reads had run. The "
                    + "services were started by the cluster as a deployment starts them, the plain app alone once the "
                    + "cluster was idle: the startup comparison favours the plain app, and the table says how each was "
                    + "started. "
                    + "Peak RSS is the kernel's high-water mark (VmHWM) read right after each workload: the most the "
                    + "process was resident since it started, so each column covers that workload and every one before "
                    + "it (a process restarted by a workload starts again).\n\n");
            md.append(memoryTable(concat(plain, services)));
            for (Footprint f : services) {
                if (f.alone()) {
                    md.append(String.format(Locale.ROOT, "%n%s, started alone as the plain app was, took %s × its time "
                            + "to ready; startupRatio takes the slowest service, however it was started.%n", f.name(),
                            format(f.startupSeconds() / plain.startupSeconds())));
                }
            }
        }
        if (plain == null && !peakRss.isEmpty()) {
            md.append("\nPeak RSS (the kernel's high-water mark, VmHWM, read right after each workload: the most the "
                    + "process was resident since it started):\n\n");
            md.append(memoryTable(List.of()));
        }
        if (sseOne != null) {
            md.append(String.format(Locale.ROOT, "%nDashboard stream (`GET /stream?type=organization.registered`, each "
                    + "subscriber an office of its own) while organisations were created at %s/s (open model), from "
                    + "the commit (outbox `occurred_at`) to the event's `data:` line at the subscriber: %s%n",
                    format(settings.sseCreatesPerSecond()), sseOne.subscribers() + " and " + sseMany.subscribers()
                            + " subscribers."));
            md.append("\n| Subscribers | Opened | Refusals (status: times) | Events | Deliveries | Gaps | Streams with "
                    + "gaps "
                    + "| Streams ended by the dashboard | p50 | p99 | max (ms) | CPU seconds: dashboard / bench, in "
                    + "wall seconds |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n");
            for (SseDelivery.Figures f : List.of(sseOne, sseMany)) {
                md.append(String.format(Locale.ROOT,
                        "| %d | %d | %s | %d | %d | %d | %d | %d | %s | %s | %s | %s / %s in %s |%n",
                        f.subscribers(), f.open(), f.refusals().isEmpty() ? "none" : f.refusals(), f.expected(),
                        f.deliveries(), f.gaps(), f.withGaps(), f.ended(), format(f.p50Ms()), format(f.p99Ms()),
                        format(f.maxMs()), format(f.dashboardCpu()), format(f.benchCpu()), format(f.seconds())));
            }
            md.append(String.format(Locale.ROOT, "%nGaps: events a stream had not received once no stream had "
                    + "received anything for %d s (at most %d s after the load); a late event is not a gap. ",
                    SseDelivery.QUIET.toSeconds(), SseDelivery.MOST_SETTLE.toSeconds()));
            md.append("A stream refused (429: the office's share, 503: the instance's max-clients) is opened again "
                    + "after "
                    + "its Retry-After, up to " + SseDelivery.ATTEMPTS + " attempts. The many streams open right after "
                    + "the single one was closed, whose slot the dashboard presumably keeps until it notices the "
                    + "closed connection (at a write: the next event or heartbeat).\n");
        }
        if (search != null) {
            md.append(SearchReport.markdown(search, dir));
        }
        return md.toString();
    }

    static ObjectNode stats(GatlingStats s) {
        ObjectNode node = EventJson.mapper().createObjectNode();
        node.put("ok", s.ok()).put("failed", s.failed()).put("perSecond", round(s.perSecond()))
                .put("meanMs", round(s.meanMs())).put("p50Ms", round(s.p50Ms())).put("p75Ms", round(s.p75Ms()))
                .put("p95Ms", round(s.p95Ms())).put("p99Ms", round(s.p99Ms())).put("maxMs", round(s.maxMs()));
        return node;
    }

    private static ObjectNode footprint(Footprint f) {
        return EventJson.mapper().createObjectNode().put("name", f.name()).put("started", f.started())
                .put("startupSeconds", round(f.startupSeconds())).put("heapMiB", f.heapMiB()).put("rssMiB", f.rssMiB())
                .put("peakRssMiB", f.peakRssMiB());
    }

    /**
     * One row per app: heap, time to ready and RSS after the reads where measured ({@code footprints}), then its peak
     * RSS after each workload; a service not among the footprints gets a row of its peaks alone.
     */
    String memoryTable(List<Footprint> footprints) {
        List<String> workloads = new ArrayList<>(peakRss.keySet());
        StringBuilder md = new StringBuilder("| App | Started | Heap (MiB) | Time to ready (s) | RSS after the reads "
                + "(MiB) |");
        workloads.forEach(w -> md.append(" Peak RSS after ").append(w).append(" (MiB) |"));
        md.append("\n|---|---|---|---|---|").append("---|".repeat(workloads.size())).append('\n');
        Map<String, Footprint> byName = new LinkedHashMap<>();
        footprints.forEach(f -> byName.put(f.name(), f));
        Map<String, Integer> heaps = new LinkedHashMap<>();
        footprints.forEach(f -> heaps.put(f.name(), f.heapMiB()));
        peakRss.values().forEach(list -> list.forEach(p -> heaps.putIfAbsent(p.name(), p.heapMiB())));
        heaps.forEach((name, heap) -> {
            Footprint f = byName.get(name);
            md.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %s |", name, f == null ? "–" : f.started(),
                    heap, f == null ? "–" : format(f.startupSeconds()), f == null ? "–" : Long.toString(f.rssMiB())));
            for (String w : workloads) {
                long peak = peakRss.get(w).stream().filter(p -> p.name().equals(name))
                        .mapToLong(Footprint.Peak::peakRssMiB)
                        .findFirst().orElse(f != null && w.equals("reads") ? f.peakRssMiB() : -1);
                md.append(' ').append(peak < 0 ? "–" : Long.toString(peak)).append(" |");
            }
            md.append('\n');
        });
        return md.toString();
    }

    private static ObjectNode sse(SseDelivery.Figures f) {
        ObjectNode node = EventJson.mapper().createObjectNode().put("subscribers", f.subscribers())
                .put("open", f.open())
                .put("refused", f.refused()).put("expected", f.expected()).put("deliveries", f.deliveries())
                .put("gaps", f.gaps()).put("streamsWithGaps", f.withGaps()).put("streamsEnded", f.ended())
                .put("p50Ms", round(f.p50Ms()))
                .put("p99Ms", round(f.p99Ms())).put("maxMs", round(f.maxMs())).put("seconds", round(f.seconds()))
                .put("dashboardCpuSeconds", round(f.dashboardCpu())).put("benchCpuSeconds", round(f.benchCpu()));
        f.refusals().forEach((status, n) -> node.with("refusals").put(String.valueOf(status), n));
        return node;
    }

    private static List<Footprint> concat(Footprint first, List<Footprint> rest) {
        List<Footprint> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    private static ObjectNode calibration(Calibration.Figures figures) {
        return EventJson.mapper().createObjectNode().put("rowAndOutboxTps", round(figures.rowAndOutboxTps()))
                .put("selectOnlyTps", round(figures.selectOnlyTps()))
                .put("rowAndOutboxCpuMs", round(figures.rowAndOutboxCpuMs()))
                .put("upsertRowsPerSecond", round(figures.upsertRowsPerSecond()));
    }

    private static long totalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return -1;
    }

    private static double mean(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : (a + b) / 2;
    }

    static Double round(double value) {
        return Double.isNaN(value) ? null : Math.round(value * 1000) / 1000.0;
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.3g", value);
    }
}
