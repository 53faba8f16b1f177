package org.liaison.dashboard.health;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liaison.dashboard.DashboardConfig;
import org.liaison.dashboard.lag.ConsumerLag;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The panel's figures from services that speak real HTTP: stub servers answering {@code /q/health/ready} and
 * {@code /q/metrics} as a Liaison service does, one of them down, and a port nothing listens on.
 */
class SystemHealthTest {

    private static final String TOKEN = "Bearer admin-token";

    static final String READY = """
            {
                "status": "UP",
                "checks": [
                    {
                        "name": "SmallRye Reactive Messaging - readiness check",
                        "status": "UP",
                        "data": {"events-out": "[OK]"}
                    },
                    {
                        "name": "Database connections health check",
                        "status": "UP",
                        "data": {"<default>": "UP"}
                    },
                    {
                        "name": "outbox-backlog",
                        "status": "UP",
                        "data": {"pendingRows": 3, "oldestPendingSeconds": 42}
                    }
                ]
            }""";

    static final String DOWN = """
            {
                "status": "DOWN",
                "checks": [
                    {
                        "name": "SmallRye Reactive Messaging - readiness check",
                        "status": "DOWN",
                        "data": {"orgs-in": "[KO] - Broker may not be available", "events-out": "[OK]"}
                    },
                    {
                        "name": "Database connections health check",
                        "status": "UP",
                        "data": {"<default>": "UP"}
                    },
                    {
                        "name": "outbox-backlog",
                        "status": "UP",
                        "data": {"pendingRows": 120, "oldestPendingSeconds": 95}
                    }
                ]
            }""";

    private final List<HttpServer> servers = new ArrayList<>();
    private final EventsPerMinute events = new EventsPerMinute(Clock.fixed(Instant.parse("2026-12-07T06:30:00Z"),
            ZoneOffset.UTC), null);

    @AfterEach
    void stop() {
        servers.forEach(server -> server.stop(0));
    }

    @Test
    void aReadyServiceADownOneAndAnUnreachableOneEachGetTheirRow() throws IOException {
        String orgs = serve(200, READY, PrometheusTextTest.METRICS, Duration.ZERO);
        String meetings = serve(503, DOWN, """
                # TYPE liaison_consumer_dead_letters_total counter
                liaison_consumer_dead_letters_total{consumer="orgs-in",reason="invalid",} 0.0
                liaison_consumer_dead_letters_total{consumer="recommendations-in",reason="invalid",} 0.0
                """, Duration.ZERO);
        String recommendations = "http://127.0.0.1:" + closedPort();
        events.count(Instant.parse("2026-12-07T06:29:10Z"));

        SystemHealth.Report report = health(orgs, meetings, recommendations, Duration.ofSeconds(2)).read(TOKEN);

        assertEquals(List.of("orgs-service", "meetings-service", "recommendations-service", "dashboard-service"),
                report.services().stream().map(ServiceHealth::service).toList());
        ServiceHealth ready = report.services().get(0);
        assertEquals(ServiceHealth.State.READY, ready.state());
        assertEquals(List.of(), ready.failingChecks());
        assertEquals(3L, ready.outboxPendingRows());
        assertEquals(42.0, ready.outboxOldestPendingSeconds());
        assertEquals(Map.of("orgs-in", 3L, "meetings-in", 4L), ready.deadLetters(), "summed per consumer");
        assertNull(ready.consumerLag(), "orgs-service reads no topic");
        assertNull(ready.problem());

        ServiceHealth degraded = report.services().get(1);
        assertEquals(ServiceHealth.State.DEGRADED, degraded.state());
        assertEquals(List.of("SmallRye Reactive Messaging - readiness check"), degraded.failingChecks());
        assertEquals(120L, degraded.outboxPendingRows());
        assertEquals(Map.of("orgs-in", 0L, "recommendations-in", 0L), degraded.deadLetters());
        assertEquals(7L, degraded.consumerLag());

        ServiceHealth unreachable = report.services().get(2);
        assertEquals(ServiceHealth.State.UNREACHABLE, unreachable.state());
        assertEquals("connection refused", unreachable.problem());
        assertNull(unreachable.outboxPendingRows());
        assertNull(unreachable.deadLetters());
        assertEquals(0L, unreachable.consumerLag(), "the lag comes from Kafka, not from the service");

        ServiceHealth dashboard = report.services().get(3);
        assertEquals(ServiceHealth.State.READY, dashboard.state());
        assertEquals(Map.of("dashboard.webhooks", 1L), dashboard.deadLetters());
        assertEquals(11L, dashboard.consumerLag(), "the webhook consumer's group");

        assertNull(report.lagProblem());
        assertEquals(60, report.eventsPerMinute().size());
        assertEquals(1, report.eventsPerMinute().get(58).events());
    }

    @Test
    void metricsAskedWithoutTheCallersTokenAreMissingButTheStateStillShows() throws IOException {
        String orgs = serve(200, READY, PrometheusTextTest.METRICS, Duration.ZERO);
        ServiceHealth row = health(orgs, orgs, orgs, Duration.ofSeconds(2)).read(null).services().get(0);
        assertEquals(ServiceHealth.State.READY, row.state());
        assertEquals(3L, row.outboxPendingRows(), "readiness needs no token");
        assertNull(row.deadLetters());
        assertEquals("/q/metrics answered 401", row.problem());
    }

    @Test
    void servicesThatDoNotAnswerAreAskedAtOnceAndShownUnreachableAfterTheTimeout() throws IOException {
        String slow = serve(200, READY, PrometheusTextTest.METRICS, Duration.ofSeconds(5));
        String alsoSlow = serve(200, READY, PrometheusTextTest.METRICS, Duration.ofSeconds(5));
        String fast = serve(200, READY, PrometheusTextTest.METRICS, Duration.ZERO);
        long start = System.nanoTime();
        SystemHealth.Report report = health(slow, alsoSlow, fast, Duration.ofMillis(700)).read(TOKEN);
        long millis = (System.nanoTime() - start) / 1_000_000;
        // Asked one after the other, the four slow questions would take 2.8 s.
        assertTrue(millis < 1_600, "answered in " + millis + " ms");
        assertEquals(ServiceHealth.State.UNREACHABLE, report.services().get(0).state());
        assertEquals("no answer within 700 ms", report.services().get(0).problem());
        assertEquals(ServiceHealth.State.UNREACHABLE, report.services().get(1).state());
        assertEquals(ServiceHealth.State.READY, report.services().get(2).state());
    }

    @Test
    void whatIsNotALiaisonServicesAnswerIsNamed() throws IOException {
        String html = serve(200, "<html>not health</html>", "<html>", Duration.ZERO);
        ServiceHealth row = health(html, html, html, Duration.ofSeconds(2)).read(TOKEN).services().get(0);
        assertEquals(ServiceHealth.State.UNREACHABLE, row.state());
        assertTrue(row.problem().contains("/q/health/ready is not SmallRye Health's answer"), row.problem());
        assertTrue(row.problem().contains("/q/metrics: line 1 is not a sample"), row.problem());
    }

    private SystemHealth health(String orgs, String meetings, String recommendations, Duration timeout) {
        SystemHealthConfig config = new SystemHealthConfig() {
            @Override
            public String orgsUrl() {
                return orgs;
            }

            @Override
            public String meetingsUrl() {
                return meetings;
            }

            @Override
            public String recommendationsUrl() {
                return recommendations;
            }

            @Override
            public Duration timeout() {
                return timeout;
            }
        };
        DashboardConfig dashboard = (DashboardConfig) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{DashboardConfig.class}, (proxy, method, args) -> {
                    if (method.getName().equals("lagGroups")) {
                        return List.of("meetings-service", "recommendations-service");
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        ConsumerLag lag = new ConsumerLag(dashboard, null) {
            @Override
            public List<GroupLag> read(List<String> groups, Duration timeout) {
                assertEquals(List.of("meetings-service", "recommendations-service", "dashboard-webhooks"), groups);
                return List.of(new GroupLag("meetings-service", 7, Map.of("orgs.events", 7L)),
                        new GroupLag("recommendations-service", 0, Map.of()),
                        new GroupLag("dashboard-webhooks", 11, Map.of("meetings.events", 11L)));
            }
        };
        OwnService own = new OwnService(null, null) {
            @Override
            ServiceAnswers answers() {
                return new ServiceAnswers(200, READY, """
                        liaison_consumer_dead_letters_total{consumer="dashboard.webhooks",reason="unreadable",} 1.0
                        """, null);
            }
        };
        return new SystemHealth(config, dashboard, lag, own, events, "dashboard-webhooks");
    }

    /** A stub service: readiness open, metrics only with {@link #TOKEN}, each after {@code delay}. */
    private String serve(int readinessStatus, String readiness, String metrics, Duration delay) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/q/health/ready", exchange -> answer(exchange, readinessStatus, readiness, delay));
        server.createContext("/q/metrics", exchange -> {
            boolean allowed = TOKEN.equals(exchange.getRequestHeaders().getFirst("Authorization"));
            answer(exchange, allowed ? 200 : 401, allowed ? metrics : "", delay);
        });
        server.start();
        servers.add(server);
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void answer(HttpExchange exchange, int status, String body, Duration delay) throws IOException {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
