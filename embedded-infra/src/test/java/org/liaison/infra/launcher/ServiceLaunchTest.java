package org.liaison.infra.launcher;

import org.junit.jupiter.api.Test;
import org.liaison.infra.LiaisonTopology;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ServiceLaunchTest {

    private static final ServiceEnvironment.DatabaseLogin LOGIN =
            new ServiceEnvironment.DatabaseLogin("jdbc:postgresql://db:5432?sslmode=require", "postgres", "secret");

    @Test
    void theHeapComesFirstSoThatTheCallersOptionsMayOverrideIt() {
        ServiceLaunch launch = new ServiceLaunch("dashboard-service", Path.of("d/quarkus-run.jar"), 512,
                List.of("-Xmx1g", "-XX:+UseSerialGC"), 8080, Map.of(), Path.of("d.log"));
        List<String> command = launch.command();
        assertEquals(List.of("-Xmx512m", "-Xmx1g", "-XX:+UseSerialGC", "-jar", "d/quarkus-run.jar"),
                command.subList(1, command.size()));
        assertEquals("8080", launch.processBuilder().environment().get("QUARKUS_HTTP_PORT"));
    }

    @Test
    void eachServiceGetsItsOwnDatabaseWithTheServersParametersAfterIt() {
        Map<String, String> env = ServiceEnvironment.of(LiaisonTopology.RECOMMENDATIONS, LOGIN, "kafka:9092",
                "file:/keys/public.pem", ServiceLaunchTest::url);
        assertEquals("jdbc:postgresql://db:5432/recommendations?sslmode=require",
                env.get("QUARKUS_DATASOURCE_JDBC_URL"));
        assertEquals("secret", env.get("QUARKUS_DATASOURCE_PASSWORD"));
        assertEquals("kafka:9092", env.get("KAFKA_BOOTSTRAP_SERVERS"));
        assertEquals("file:/keys/public.pem", env.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION"));
        assertFalse(env.keySet().stream().anyMatch(variable -> variable.startsWith("LIAISON_")),
                "recommendations-service calls no other service: " + env.keySet());
    }

    @Test
    void meetingsServiceIsToldWhereOrgsServiceAnswers() {
        Map<String, String> env = ServiceEnvironment.of(LiaisonTopology.MEETINGS, LOGIN, "kafka:9092",
                "file:/keys/public.pem", ServiceLaunchTest::url);
        assertEquals("http://orgs-service.test:8081", env.get("LIAISON_ORGS_URL"));
    }

    @Test
    void theDashboardIsToldWhereTheOtherThreeAnswerForItsHealthPanel() {
        Map<String, String> env = ServiceEnvironment.of(LiaisonTopology.DASHBOARD, LOGIN, "kafka:9092",
                "file:/keys/public.pem", ServiceLaunchTest::url);
        assertEquals("http://orgs-service.test:8081", env.get("LIAISON_SYSTEM_HEALTH_ORGS_URL"));
        assertEquals("http://meetings-service.test:8082", env.get("LIAISON_SYSTEM_HEALTH_MEETINGS_URL"));
        assertEquals("http://recommendations-service.test:8083", env.get("LIAISON_SYSTEM_HEALTH_RECOMMENDATIONS_URL"));
    }

    private static String url(LiaisonTopology.Service service) {
        return "http://" + service.name() + ".test:" + service.port();
    }
}
