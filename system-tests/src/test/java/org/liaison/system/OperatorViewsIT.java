package org.liaison.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.liaison.infra.testing.ServiceProcess;
import org.liaison.infra.testing.TestTokens;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The operators' views in deploy/ (Grafana dashboards, Prometheus alert rules) parse, and every metric they name is
 * one the running services expose on {@code /q/metrics}: a renamed metric or a typo would leave a panel empty and an
 * alert silent, which nobody notices until the day it should have fired.
 */
class OperatorViewsIT {

    /** Metric names of this system and of the libraries it reports through (Kafka clients, HTTP server). */
    private static final Pattern METRIC = Pattern.compile("\\b((?:liaison|kafka|http_server)_[a-z0-9_]+)\\b");
    private static final Path DEPLOY = Path.of(System.getProperty("liaison.repo", ".."), "deploy");

    private final LiaisonSystem system = LiaisonSystem.shared();

    @Test
    void everyMetricTheDashboardsAndAlertsNameIsExposedByARunningService() throws IOException {
        Set<String> exposed = exposedMetrics();
        Map<String, List<String>> named = new TreeMap<>();
        for (Path dashboard : dashboards()) {
            JsonNode json = new ObjectMapper().readTree(dashboard.toFile());
            assertFalse(json.path("uid").asText().isEmpty(), dashboard + " has a uid");
            List<String> expressions = new ArrayList<>();
            json.path("panels").forEach(panel -> collectExpressions(panel, expressions));
            assertFalse(expressions.isEmpty(), dashboard + " queries something");
            expressions.forEach(expression -> metrics(expression).forEach(metric ->
                    named.computeIfAbsent(metric, m -> new ArrayList<>()).add(dashboard.getFileName().toString())));
        }
        JsonNode alerts = new YAMLMapper().readTree(DEPLOY.resolve("prometheus/alerts.yml").toFile());
        int rules = 0;
        for (JsonNode group : alerts.path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                String alert = rule.path("alert").asText();
                assertFalse(alert.isEmpty(), "every rule is an alert with a name: " + rule);
                assertFalse(rule.path("annotations").path("summary").asText().isEmpty(), alert + " says what is wrong");
                metrics(rule.path("expr").asText()).forEach(metric ->
                        named.computeIfAbsent(metric, m -> new ArrayList<>()).add("alert " + alert));
                rules++;
            }
        }
        assertTrue(rules >= 6, "the alerts the operations issue asks for: " + rules);

        Map<String, List<String>> missing = new TreeMap<>(named);
        missing.keySet().removeIf(metric -> exposed.contains(metric));
        assertEquals(Map.of(), missing, "metrics named in deploy/ that no service exposes");
        assertTrue(named.keySet().containsAll(List.of("liaison_outbox_oldest_pending_seconds",
                "liaison_consumer_dead_letters_total", "kafka_consumer_fetch_manager_records_lag_max",
                "liaison_outbox_publish_failures_total", "liaison_webhooks_paused_total")), named.keySet().toString());
    }

    /**
     * The dashboard's health panel, with the services started as {@code ./liaison up} starts them: told where the
     * other three answer, it finds each ready, with its outbox backlog and dead-letter counters, and counts the
     * sample data's events in the last hour.
     */
    @Test
    void theDashboardsHealthPanelFindsEveryServiceReady() {
        JsonPath report = RestAssured.given().auth().oauth2(TestTokens.admin())
                .get(system.dashboard.baseUrl + "/system-health").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("orgs-service", "meetings-service", "recommendations-service", "dashboard-service"),
                report.getList("services.service"));
        assertEquals(List.of("ready", "ready", "ready", "ready"), report.getList("services.state"),
                report.prettify());
        for (int i = 0; i < 4; i++) {
            String service = "services[" + i + "].";
            assertTrue(report.getLong(service + "outboxPendingRows") >= 0, report.prettify());
            assertTrue(report.getMap(service + "deadLetters") != null, "metrics read with the caller's token: "
                    + report.prettify());
        }
        assertTrue(report.getMap("services[1].deadLetters").containsKey("meetings.organization-directory"),
                "meetings-service has read the sample organisations: " + report.prettify());
        assertEquals(60, report.getList("eventsPerMinute").size());
        assertTrue(report.getList("eventsPerMinute.events", Long.class).stream().mapToLong(Long::longValue).sum() > 0,
                "the sample data's events: " + report.get("eventsPerMinute"));
    }

    /** The sample names of every service's {@code /q/metrics} (so {@code x_bucket}, not the family {@code x}). */
    private Set<String> exposedMetrics() {
        Set<String> names = new TreeSet<>();
        for (ServiceProcess service : List.of(system.orgs, system.meetings, system.recommendations,
                system.dashboard)) {
            String text = RestAssured.given().auth().oauth2(TestTokens.admin()).get(service.baseUrl + "/q/metrics")
                    .then().statusCode(200).extract().asString();
            text.lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> line.split("[{ ]", 2)[0]).forEach(names::add);
        }
        return names;
    }

    private static List<Path> dashboards() throws IOException {
        try (Stream<Path> files = Files.list(DEPLOY.resolve("grafana/dashboards"))) {
            List<Path> found = files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
            assertFalse(found.isEmpty(), "deploy/grafana/dashboards has dashboards");
            return found;
        }
    }

    /** A panel's queries, and those of the panels a row holds. */
    private static void collectExpressions(JsonNode panel, List<String> into) {
        panel.path("targets").forEach(target -> into.add(target.path("expr").asText()));
        panel.path("panels").forEach(inner -> collectExpressions(inner, into));
    }

    private static Set<String> metrics(String expression) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = METRIC.matcher(expression);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
