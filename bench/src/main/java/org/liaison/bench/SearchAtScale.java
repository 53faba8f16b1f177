package org.liaison.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.liaison.contracts.EventJson;
import org.liaison.infra.LiaisonTopology;
import org.liaison.infra.testing.Cluster;
import org.liaison.infra.testing.TestTokens;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Search at scale (issue 14): loads {@code search-organizations} organisations and {@code search-meetings} meetings
 * made by {@link SearchRecords} through the services' import endpoints, waits until every consumer has caught up,
 * then runs {@code GET /organizations?q=} and {@code GET /meetings?q=} with a common word, two words and a rare
 * word, each class in Arabic and in English (requested in turn), at {@code search-connections} requests in flight
 * (closed model), from many offices' reader tokens. {@link #main} runs it alone on a cluster of its own.
 */
final class SearchAtScale {

    /** Where meetings-service's CPU goes while its searches are measured. */
    static final String FLAME_GRAPH = "flame-search-meetings.html";

    /** The queries of each class, per endpoint: the same meaning in Arabic and in English. */
    static final Map<String, List<String>> ORGANIZATION_QUERIES = queries(
            "مجلس", "Council",
            "العلاقات العامة", "Public Relations",
            "عامودا", "Amuda");
    static final Map<String, List<String>> MEETING_QUERIES = queries(
            "اجتماع", "meeting",
            "العلاقات العامة", "public relations",
            "عامودا", "Amuda");

    /**
     * One query class on one endpoint: its latency, how many records each of its queries finds, and the CPU each
     * process used per answered search while it ran (the load generator shares the machine's cores with the system).
     */
    record Query(String endpoint, String queryClass, List<String> queries, Map<String, Long> hits, GatlingStats stats,
                 Map<String, Double> cpuMsPerSearch) {
    }

    /**
     * @param databaseMs per endpoint and query, the milliseconds PostgreSQL took for the search's count and page
     *                   ({@link SearchPlans}, once each after the measured searches)
     */
    record Figures(List<SearchLoad.Figures> loads, double loadSeconds, List<Query> queries,
                   Map<String, Map<String, double[]>> databaseMs) {
        /** The worst p95 of any endpoint and query class: the figure the target is about. */
        double p95Ms() {
            return queries.stream().mapToDouble(q -> q.stats().p95Ms()).max().orElse(Double.NaN);
        }
    }

    private SearchAtScale() {
    }

    static Figures measure(Cluster cluster, BenchSettings bench, Path gatling) throws Exception {
        SearchSettings settings = SearchSettings.fromSystemProperties();
        String orgs = cluster.url(LiaisonTopology.ORGS);
        String meetings = cluster.url(LiaisonTopology.MEETINGS);
        String admin = TestTokens.admin();
        SearchRecords records = new SearchRecords(14);
        SearchLoad load = new SearchLoad(settings.loadInFlight());
        List<SearchLoad.Figures> loads = new ArrayList<>();
        long started = System.nanoTime();

        List<SearchRecords.Organization> organizations = records.organizations(settings.organizations());
        CpuUse cpu = CpuUse.from(cluster);
        SearchLoad.Figures orgLoad = load.importOrganizations(orgs, admin,
                organizations.stream().map(SearchRecords.Organization::popolo).toList(), settings.importChunk());
        loads.add(orgLoad.withCpu(cpu.msPer(orgLoad.written())));
        BenchMain.log("search: %s", loads.get(loads.size() - 1));
        // meetings-service checks each organiser against its directory, which the organisations' events fill.
        BenchMain.awaitConsumersCaughtUp(cluster);

        List<ObjectNode> bodies = records.meetings(settings.meetings(),
                organizations.stream().map(SearchRecords.Organization::id).toList());
        cpu = CpuUse.from(cluster);
        SearchLoad.Figures meetingLoad;
        if (settings.meetingsImport()) {
            meetingLoad = load.importMeetings(meetings, admin, bodies, settings.importChunk());
        } else {
            List<String> editors = new ArrayList<>();
            for (int i = 0; i < bench.offices(); i++) {
                editors.add(TestTokens.editor(UUID.randomUUID()));
            }
            meetingLoad = load.createMeetings(meetings, editors, bodies);
        }
        loads.add(meetingLoad.withCpu(cpu.msPer(meetingLoad.written())));
        BenchMain.log("search: %s", loads.get(loads.size() - 1));
        BenchMain.awaitConsumersCaughtUp(cluster);
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        BenchMain.log("search: loaded and caught up in %.0f s", loadSeconds);

        List<String> readers = new ArrayList<>();
        for (int i = 0; i < bench.readOffices(); i++) {
            readers.add(TestTokens.reader(UUID.randomUUID()));
        }
        List<Query> queries = new ArrayList<>();
        queries.addAll(endpoint(cluster, gatling, settings, LiaisonTopology.ORGS, "/organizations",
                ORGANIZATION_QUERIES, readers));
        long meetingsPid = cluster.instance(LiaisonTopology.MEETINGS).pid();
        try (Profile ignored = Profile.start(meetingsPid, bench.reportDirectory().resolve(FLAME_GRAPH),
                "meetings-service: GET /meetings?q=, 4 in flight")) {
            queries.addAll(endpoint(cluster, gatling, settings, LiaisonTopology.MEETINGS, "/meetings",
                    MEETING_QUERIES, readers));
        }
        Map<String, Map<String, double[]>> databaseMs = SearchPlans.explain(cluster, ORGANIZATION_QUERIES,
                MEETING_QUERIES, bench.reportDirectory());
        BenchMain.log("search: plans in %s", bench.reportDirectory().resolve(SearchPlans.FILE));
        if (!settings.hold().isZero()) {
            BenchMain.log("search: the loaded cluster stays up for %s (PostgreSQL %s, meetings-service %s)",
                    settings.hold(), cluster.jdbcBaseUrl(), meetings);
            Thread.sleep(settings.hold().toMillis());
        }
        return new Figures(loads, loadSeconds, queries, databaseMs);
    }

    private static List<Query> endpoint(Cluster cluster, Path gatling, SearchSettings settings,
                                        LiaisonTopology.Service service,
                                        String path, Map<String, List<String>> classes, List<String> readers)
            throws Exception {
        String baseUrl = cluster.url(service);
        String name = path.substring(1);
        List<String> every = classes.values().stream().flatMap(List::stream).map(q -> pathOf(path, q)).toList();
        JitActivity compiler = JitActivity.of(cluster.instance(service).pid());
        for (int round = 1; round <= settings.warmUpRounds(); round++) {
            compiler.restart();
            double rate = Gatling.run(new ReadRequests.Plan("search-" + name + "-warm-up-" + round, baseUrl, every,
                    readers, settings.connections(), settings.warmUp()), gatling).perSecond();
            double compiling = compiler.coreShare();
            BenchMain.log("search %s warm-up round %d: %.0f/s, JIT compiler %.0f%% of a core", path, round, rate,
                    compiling * 100);
            // Steady once the service's JIT compiler is done with these paths. Judged by the searches' rate instead,
            // warm-ups stopped while it still used a third of a core (2026-12-07, 110,000 meetings: rounds of 209,
            // 189, 215/s, then a common word measured at 3.4 ms of meetings-service's CPU a search, 1.1 ms once
            // compiled).
            if (round >= 2 && compiling < settings.warmUpCompilerShare()) {
                break;
            }
        }
        List<Query> measured = new ArrayList<>();
        for (Map.Entry<String, List<String>> c : classes.entrySet()) {
            Map<String, Long> hits = new LinkedHashMap<>();
            for (String q : c.getValue()) {
                hits.put(q, total(baseUrl + pathOf(path, q), readers.get(0)));
            }
            CpuUse cpu = CpuUse.from(cluster);
            GatlingStats stats = Gatling.run(new ReadRequests.Plan("search-" + name + "-" + c.getKey(), baseUrl,
                    c.getValue().stream().map(q -> pathOf(path, q)).toList(), readers, settings.connections(),
                    settings.measured()), gatling);
            BenchMain.log("search %s %s %s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %.0f/s, hits %s", path, c.getKey(),
                    c.getValue(), stats.p50Ms(), stats.p95Ms(), stats.p99Ms(), stats.perSecond(), hits);
            measured.add(new Query(path, c.getKey(), c.getValue(), hits, stats,
                    cpu.msPer(Math.max(1, stats.ok()))));
        }
        return measured;
    }

    private static String pathOf(String path, String q) {
        return path + "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

    /** The {@code total} of a search's first page. */
    private static long total(String url, String token) throws Exception {
        // HTTP/1.1: the JDK client's HTTP/2 upgrade of a plain-text GET once left this waiting for ever.
        HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                        .header("Authorization", "Bearer " + token).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return EventJson.mapper().readTree(answer.body()).path("total").asLong(-1);
    }

    private static Map<String, List<String>> queries(String commonAr, String commonEn, String twoAr, String twoEn,
                                                     String rareAr, String rareEn) {
        Map<String, List<String>> classes = new LinkedHashMap<>();
        classes.put("common", List.of(commonAr, commonEn));
        classes.put("two-words", List.of(twoAr, twoEn));
        classes.put("rare", List.of(rareAr, rareEn));
        return classes;
    }
}
