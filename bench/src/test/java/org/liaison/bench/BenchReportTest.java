package org.liaison.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchReportTest {

    private static final BenchSettings SETTINGS = new BenchSettings(Path.of("target/bench"), 8, 40,
            Duration.ofSeconds(10), Duration.ofSeconds(15), Duration.ofSeconds(30), Duration.ofSeconds(60), 2000,
            Duration.ofSeconds(20), Duration.ofSeconds(5), 1000, 10_000, 500, Duration.ofSeconds(20), 20, 250_000,
            BenchSettings.WORKLOADS);

    @Test
    void ratiosAreToTheMeanOfTheTwoCalibrations() {
        BenchReport report = new BenchReport(SETTINGS);
        report.calibrationBefore(new Calibration.Figures(1000, 5000, 0.5, 100_000));
        report.calibrationAfter(new Calibration.Figures(1100, 5000, 0.5, 100_000));
        report.creates(stats(105, 40), Map.of("orgs-service", 12.0));

        BenchReport.Target createRatio = target(report, "createRatio");
        assertEquals(0.1, createRatio.value(), 1e-9);
        assertTrue(createRatio.met());
        assertTrue(target(report, "createP99Ms").met());
        assertFalse(report.noisy(), "10% apart is within the 15% the run may drift");
    }

    @Test
    void calibrationsMoreThanFifteenPercentApartMarkTheRunNoisy() {
        BenchReport report = new BenchReport(SETTINGS);
        report.calibrationBefore(new Calibration.Figures(1000, 5000, 0.5, 100_000));
        report.calibrationAfter(new Calibration.Figures(800, 5000, 0.5, 100_000));
        assertTrue(report.noisy());
        assertTrue(report.json().path("noisy").asBoolean());
    }

    @Test
    void lagIsCountedInSecondsOfTheLoadsEventsAndATargetWithoutAFigureIsNotMet() {
        BenchReport report = new BenchReport(SETTINGS);
        report.keepingUp(stats(50, 20), Map.of("meetings-service", 150L, "recommendations-service", 40L), 3.5,
                List.of(new LagSampler.Sample(0, Map.of("meetings-service", 150L))), 0, 60);

        assertEquals(3.0, report.maxLagSeconds(), 1e-9);
        assertFalse(target(report, "maxLagSeconds").met());
        assertFalse(target(report, "drainSeconds").met());
        assertFalse(target(report, "createRatio").met(), "no calibration, no ratio");
        JsonNode json = report.json();
        assertTrue(json.path("createRatio").isNull());
        assertEquals(150, json.path("figures").path("keepingUp").path("maxLag").path("meetings-service").asLong());
    }

    @Test
    void propagationIsComparedWithKafkasOwnEndToEndLatencyCountingASubMillisecondFloorAsOne() {
        BenchReport report = new BenchReport(SETTINGS);
        report.kafkaLatency(new KafkaLatency.Figures(0, 4));
        report.propagation(new Propagation.Figures(900, 12.5, 30));

        assertEquals(12.5, target(report, "propagationP50OverheadMs").value(), 1e-9);
        assertFalse(target(report, "propagationP50OverheadMs").met());
        assertEquals(7.5, target(report, "propagationP99Ratio").value(), 1e-9);

        report.kafkaLatency(new KafkaLatency.Figures(0, 0));
        assertEquals(30, target(report, "propagationP99Ratio").value(), 1e-9);
    }

    @Test
    void readsStartupAndMemoryAreComparedWithThePlainAppsUsingTheSlowestAndLargestService() {
        BenchReport report = new BenchReport(SETTINGS);
        report.reads(stats(1000, 10), stats(1200, 10), stats(800, 10), stats(300, 10));
        report.footprints(new Footprint("bench-plain-app", 5, 256, 250, 260, "alone", true), List.of(
                new Footprint("orgs-service", 8, 256, 300, 310, "first", true),
                new Footprint("meetings-service", 12, 256, 240, 290, "together", false)));

        assertEquals(1.2, target(report, "getRatio").value(), 1e-9);
        assertTrue(target(report, "getRatio").met());
        assertEquals(0.375, target(report, "listRatio").value(), 1e-9);
        assertFalse(target(report, "listRatio").met());
        assertEquals(2.4, target(report, "startupRatio").value(), 1e-9);
        assertEquals(1.2, target(report, "rssRatio").value(), 1e-9);
        assertEquals("meetings-service", report.json().path("figures").path("footprint").path("services").get(1)
                .path("name").asText());
    }

    @Test
    void peakRssAfterEachWorkloadIsAColumnOfTheFootprintTableAndInTheJson() {
        BenchReport report = new BenchReport(SETTINGS);
        report.peakRss("creates", List.of(new Footprint.Peak("orgs-service", 256, 390),
                new Footprint.Peak("dashboard-service", 512, 410)));
        report.footprints(new Footprint("bench-plain-app", 5, 256, 250, 270, "alone", true), List.of(
                new Footprint("orgs-service", 8, 256, 380, 400, "first", true),
                new Footprint("dashboard-service", 12, 512, 400, 420, "together", false)));
        report.peakRss("reads", List.of(new Footprint.Peak("orgs-service", 256, 400),
                new Footprint.Peak("dashboard-service", 512, 420)));
        report.peakRss("streams", List.of(new Footprint.Peak("orgs-service", 256, 401),
                new Footprint.Peak("dashboard-service", 512, 655)));

        String table = report.memoryTable(List.of(new Footprint("bench-plain-app", 5, 256, 250, 270, "alone", true),
                new Footprint("dashboard-service", 12, 512, 400, 420, "together", false)));
        List<String> rows = List.of(table.split("\n"));
        assertEquals("| App | Started | Heap (MiB) | Time to ready (s) | RSS after the reads (MiB) | Peak RSS after "
                + "creates (MiB) | Peak RSS after reads (MiB) | Peak RSS after streams (MiB) |", rows.get(0));
        assertEquals("| bench-plain-app | alone | 256 | 5.00 | 250 | – | 270 | – |", rows.get(2),
                "the plain app runs for the reads only: its peak then is its footprint's");
        assertEquals("| dashboard-service | together | 512 | 12.0 | 400 | 410 | 420 | 655 |", rows.get(3));
        assertEquals("| orgs-service | – | 256 | – | – | 390 | 400 | 401 |", rows.get(4),
                "a service without a footprint still shows its peaks");
        JsonNode peaks = report.json().path("figures").path("peakRssMiB");
        assertEquals(655, peaks.path("streams").path("dashboard-service").path("peakRssMiB").asLong());
        assertEquals(512, peaks.path("streams").path("dashboard-service").path("heapMiB").asLong());
        assertEquals(420,
                report.json().path("figures").path("footprint").path("services").get(1).path("peakRssMiB").asLong());
    }

    @Test
    void anUnreadableRssGivesNoRatioAndSseGapsOfBothRunsCount() {
        BenchReport report = new BenchReport(SETTINGS);
        report.footprints(new Footprint("bench-plain-app", 5, 256, 250, 250, "alone", true),
                List.of(new Footprint("orgs-service", 8, 256, -1, -1, "first", true)));
        assertTrue(Double.isNaN(target(report, "rssRatio").value()));
        assertFalse(target(report, "rssRatio").met());

        report.sse(sse(1, 20, 0), sse(500, 50, 3));
        assertEquals(2.5, target(report, "sseP99Ratio").value(), 1e-9);
        assertFalse(target(report, "sseP99Ratio").met());
        assertEquals(3, target(report, "sseGaps").value(), 1e-9);
        assertFalse(target(report, "sseGaps").met());
        report.sse(sse(1, 20, 0), sse(500, 40, 0));
        assertTrue(target(report, "sseP99Ratio").met());
        assertTrue(target(report, "sseGaps").met());
    }

    @Test
    void searchIsTheWorstP95OfEveryEndpointAndQueryClassAndIsInTheJson() {
        BenchReport report = new BenchReport(SETTINGS);
        assertFalse(target(report, "searchP95Ms").met());
        List<SearchAtScale.Query> queries = List.of(
                new SearchAtScale.Query("/organizations", "common", List.of("مجلس", "Council"),
                        Map.of("مجلس", 30L, "Council", 30L), withP95(12), Map.of()),
                new SearchAtScale.Query("/meetings", "rare", List.of("عامودا", "Amuda"),
                        Map.of("عامودا", 2L, "Amuda", 2L), withP95(25),
                        Map.of("meetings-service", 1.25, "postgres", 2.5, CpuUse.BENCH, 3.0)));
        SearchAtScale.Figures figures = new SearchAtScale.Figures(List.of(new SearchLoad.Figures("organisations", 100,
                99, 1, 2, Map.of("total", 20.0))), 10, queries,
                Map.of("/meetings", Map.of("Amuda", new double[]{1.5, 2.5})));
        report.search(figures);
        assertEquals(25, target(report, "searchP95Ms").value(), 1e-9);
        assertFalse(target(report, "searchP95Ms").met());
        JsonNode search = report.json().path("figures").path("search");
        assertEquals(12, search.path("organizations").path("common").path("p95Ms").asDouble(), 1e-9);
        assertEquals(2.5, search.path("meetings").path("rare").path("databaseMs").path("Amuda").path("page").asDouble(),
                1e-9);
        assertEquals(49.5, search.path("loads").get(0).path("perSecond").asDouble(), 1e-9);
        assertEquals(3.0, search.path("meetings").path("rare").path("cpuMsPerSearch").path(CpuUse.BENCH).asDouble(),
                1e-9);

        report.search(new SearchAtScale.Figures(List.of(), 10, List.of(queries.get(0)), Map.of()));
        assertTrue(target(report, "searchP95Ms").met());
    }

    private static GatlingStats withP95(double p95) {
        return new GatlingStats(1000, 0, 100, 5, 4, 6, p95, p95 + 5, p95 + 10, Path.of("index.html"));
    }

    private static SseDelivery.Figures sse(int subscribers, double p99, long gaps) {
        return new SseDelivery.Figures(subscribers, subscribers, 0, Map.of(), 100, 100L * subscribers - gaps, gaps,
                gaps > 0 ? 1 : 0, 0, p99 / 2, p99, p99 * 2, 30, 10, 5);
    }

    private static BenchReport.Target target(BenchReport report, String key) {
        return report.targets().stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }

    private static GatlingStats stats(double perSecond, double p99) {
        return new GatlingStats(1000, 0, perSecond, 20, 15, 20, 30, p99, p99 + 10, Path.of("index.html"));
    }
}
