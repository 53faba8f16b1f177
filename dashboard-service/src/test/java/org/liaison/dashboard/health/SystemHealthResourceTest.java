package org.liaison.dashboard.health;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.liaison.dashboard.DashboardTestResource;
import org.liaison.dashboard.Events;
import org.liaison.infra.testing.TestTokens;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code GET /system-health} in the running dashboard, on real PostgreSQL and Kafka: admins only; the other three
 * services (unreachable in tests, port 1) are rows all the same; the dashboard's own row is read in process; an
 * event published to a topic is counted in this minute.
 */
@QuarkusTest
@WithTestResource(DashboardTestResource.class)
class SystemHealthResourceTest {

    @Test
    void l8_systemHealthIsForAdminsOnly() {
        UUID office = UUID.randomUUID();
        given().get("/system-health").then().statusCode(401);
        given().auth().oauth2(TestTokens.reader(office)).get("/system-health").then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
        given().auth().oauth2(TestTokens.editor(office)).get("/system-health").then().statusCode(403);
    }

    @Test
    void unreachableServicesAreRowsTheDashboardIsReadyAndAnEventCountsInThisMinute() {
        long before = lastHour(report());
        UUID org = UUID.randomUUID();
        try (Events events = new Events()) {
            events.organization(org, "مجلس سوريا الديمقراطية", "Syrian Democratic Council");
        }
        await().untilAsserted(() -> assertTrue(lastHour(report()) > before));
        // The webhook consumer's dead-letter counters exist from its first record on.
        await().untilAsserted(() -> {
            assertEquals("ready", report().getString("services[3].state"));
            assertTrue(report().getMap("services[3].deadLetters").containsKey("dashboard.webhooks"));
        });

        JsonPath report = report();
        assertEquals(List.of("orgs-service", "meetings-service", "recommendations-service", "dashboard-service"),
                report.getList("services.service"));
        for (int i = 0; i < 3; i++) {
            assertEquals("unreachable", report.getString("services[" + i + "].state"));
            assertEquals("connection refused", report.getString("services[" + i + "].problem"));
        }
        assertEquals(Map.of("dashboard.webhooks", 0), report.getMap("services[3].deadLetters"),
                "the dashboard's own metrics, read in process");
        assertNotNull(report.get("services[3].consumerLag"), "its webhook group's lag, from Kafka");
        assertNotNull(report.get("services[3].outboxPendingRows"));
        assertEquals(60, report.getList("eventsPerMinute").size());
    }

    private static JsonPath report() {
        return given().auth().oauth2(TestTokens.admin()).get("/system-health").then().statusCode(200)
                .extract().jsonPath();
    }

    private static long lastHour(JsonPath report) {
        return report.getList("eventsPerMinute.events", Long.class).stream().mapToLong(Long::longValue).sum();
    }
}
