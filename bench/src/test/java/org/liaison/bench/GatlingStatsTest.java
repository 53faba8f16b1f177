package org.liaison.bench;

import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reads the figures out of a real Gatling 3.13 report (bench/src/test/resources/gatling-run, from a bench run). */
class GatlingStatsTest {

    @Test
    void readsTheAnswersThatPassedFromTheReport() throws URISyntaxException {
        Path run = Path.of(getClass().getResource("/gatling-run").toURI());

        GatlingStats stats = GatlingStats.read(run);

        assertEquals(915, stats.ok());
        assertEquals(0, stats.failed());
        assertEquals(29.52, stats.perSecond(), 1e-9);
        assertEquals(234, stats.p50Ms(), 1e-9);
        assertEquals(397, stats.p99Ms(), 1e-9);
        assertEquals(run.resolve("index.html"), stats.report());
    }
}
