package org.liaison.dashboard.health;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrometheusTextTest {

    /** As a service's /q/metrics writes them (Micrometer's Prometheus registry), comments and all. */
    static final String METRICS = """
            # HELP liaison_consumer_dead_letters_total Records sent to the dead-letter topic
            # TYPE liaison_consumer_dead_letters_total counter
            liaison_consumer_dead_letters_total{consumer="orgs-in",reason="failed-repeatedly",} 0.0
            liaison_consumer_dead_letters_total{consumer="orgs-in",reason="invalid",} 2.0
            liaison_consumer_dead_letters_total{consumer="orgs-in",reason="unreadable",} 1.0
            liaison_consumer_dead_letters_total{consumer="meetings-in",reason="invalid",} 4.0
            # HELP liaison_outbox_pending_rows Outbox rows written and not yet published (recounted periodically)
            # TYPE liaison_outbox_pending_rows gauge
            liaison_outbox_pending_rows 3.0
            http_server_requests_seconds_bucket{method="GET",uri="/q/health/ready",le="+Inf",} 12.0 1765090000000
            jvm_info{runtime="OpenJDK Runtime Environment",vendor="Debian",version="17.0.17+10-Debian-1",} 1.0
            odd_label{path="a \\"quoted\\" \\\\ back\\nslash"} NaN
            http_server_requests_seconds_count{method="GET",uri="/organizations/{id}",} 3.0 \
            # {span_id="3f1c",trace_id="9ab0"} 1.0 1765090000.123
            """;

    @Test
    void readsSamplesWithLabelsEscapesTimestampsAndSpecialValues() {
        List<PrometheusText.Sample> samples = PrometheusText.parse(METRICS);
        assertEquals(9, samples.size());
        assertEquals(new PrometheusText.Sample("liaison_outbox_pending_rows", Map.of(), 3.0), samples.get(4));
        PrometheusText.Sample bucket = samples.get(5);
        assertEquals("+Inf", bucket.labels().get("le"));
        assertEquals(12.0, bucket.value());
        assertEquals("OpenJDK Runtime Environment", samples.get(6).labels().get("runtime"));
        assertEquals("a \"quoted\" \\ back\nslash", samples.get(7).labels().get("path"));
        assertTrue(Double.isNaN(samples.get(7).value()));
        assertEquals(new PrometheusText.Sample("http_server_requests_seconds_count",
                Map.of("method", "GET", "uri", "/organizations/{id}"), 3.0), samples.get(8), "its exemplar left out");
    }

    @Test
    void sumsAMetricPerLabel() {
        assertEquals(Map.of("orgs-in", 3.0, "meetings-in", 4.0), PrometheusText.sumBy(PrometheusText.parse(METRICS),
                "liaison_consumer_dead_letters_total", "consumer"));
        assertEquals(Map.of(), PrometheusText.sumBy(PrometheusText.parse(METRICS), "absent_total", "consumer"));
    }

    @Test
    void aLineThatIsNotASampleIsNamed() {
        for (String bad : List.of("<html>", "name{label=\"open 1.0", "name{label=unquoted} 1.0", "name", "name 1 2 3",
                "name{a=\"1\" b=\"2\"} 1", "name one")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> PrometheusText.parse("# ok\nfine 1\n" + bad + "\n"), bad);
            assertTrue(e.getMessage().startsWith("line 3 "), e.getMessage());
        }
    }
}
