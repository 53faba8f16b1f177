package org.liaison.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The figures of one Gatling run, from the {@code js/stats.js} of its HTML report (all requests, answers that passed
 * their check): Gatling's percentiles are 50, 75, 95 and 99 by default (gatling.conf charting.indicators).
 */
record GatlingStats(long ok, long failed, double perSecond, double meanMs, double p50Ms, double p75Ms, double p95Ms,
                    double p99Ms, double maxMs, Path report) {

    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_TRAILING_COMMA).build();

    static GatlingStats read(Path runDirectory) {
        Path statsJs = runDirectory.resolve("js").resolve("stats.js");
        try {
            String text = Files.readString(statsJs);
            int start = text.indexOf('{');
            if (start < 0) {
                throw new IllegalStateException("no statistics in " + statsJs);
            }
            JsonNode stats;
            try (JsonParser parser = LENIENT.createParser(text.substring(start))) {
                stats = LENIENT.<JsonNode>readTree(parser).path("stats");
            }
            return new GatlingStats(count(stats, "numberOfRequests", "ok"), count(stats, "numberOfRequests", "ko"),
                    number(stats, "meanNumberOfRequestsPerSecond"), number(stats, "meanResponseTime"),
                    number(stats, "percentiles1"), number(stats, "percentiles2"), number(stats, "percentiles3"),
                    number(stats, "percentiles4"), number(stats, "maxResponseTime"),
                    runDirectory.resolve("index.html"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + statsJs, e);
        }
    }

    private static long count(JsonNode stats, String field, String outcome) {
        String value = stats.path(field).path(outcome).asText("0");
        return value.equals("-") ? 0 : Long.parseLong(value);
    }

    /** The figure for the answers that passed; NaN when there were none. */
    private static double number(JsonNode stats, String field) {
        String value = stats.path(field).path("ok").asText("-");
        return value.equals("-") ? Double.NaN : Double.parseDouble(value);
    }
}
