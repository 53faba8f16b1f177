package org.liaison.deploy;

import org.junit.jupiter.api.Test;
import org.liaison.infra.LiaisonTopology;
import org.liaison.infra.LiaisonTopology.Service;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docker-compose.yml, docker/postgres-init, the Dockerfiles, .dockerignore and each service's application.properties
 * agree with LiaisonTopology, without a Docker engine. The second half feeds each check a broken copy, so that a
 * check which cannot fail would show here.
 */
class ContainerFilesTest {

    static final Path REPO = Path.of(System.getProperty("liaison.repo", "..")).toAbsolutePath().normalize();

    @Test
    void everyDockerfileCopiesOnlyWhatDockerignoreSends() {
        assertEquals(List.of(), ContainerChecks.dockerContext(read(".dockerignore"), dockerfiles()));
    }

    @Test
    void everyServiceHasADockerfileOnItsPort() {
        List<String> problems = new ArrayList<>();
        for (Service service : LiaisonTopology.SERVICES) {
            problems.addAll(ContainerChecks.dockerfile(service,
                    read(service.name() + "/src/main/docker/Dockerfile.jvm")));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void composeRunsTheTopology() {
        assertEquals(List.of(), ContainerChecks.compose(compose(read("docker-compose.yml"))));
    }

    @Test
    void postgresInitMakesARoleAndDatabasePerService() {
        assertEquals(List.of(), ContainerChecks.postgresInit(read("docker/postgres-init/01-service-databases.sh")));
    }

    @Test
    void everyServiceIsConfiguredAsTheTopologySays() {
        List<String> problems = new ArrayList<>();
        for (Service service : LiaisonTopology.SERVICES) {
            problems.addAll(ContainerChecks.serviceConfiguration(service, properties(service)));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theReadmeShowsTheTopologysPorts() {
        assertEquals(List.of(), ContainerChecks.readme(read("README.md")));
    }

    @Test
    void l12_noScriptPutsAPasswordOnACommandLine() {
        for (String script : List.of("liaison", ".ci/run", "scripts/smoke-test.sh", "scripts/install-chromium.sh")) {
            assertFalse(read(script).contains("--password"), script + " passes a password where ps shows it");
        }
    }

    // ------------------------------------------------------------------------------------------- broken copies

    @Test
    void aPortTheReadmeGetsWrongIsNamed() {
        String broken = read("README.md").replace("| meetings-service | 8082 |", "| meetings-service | 8092 |");
        assertEquals(List.of("README Ports table lacks | meetings-service | 8082 |"), ContainerChecks.readme(broken));
    }

    @Test
    void anEmbeddedServersPortTheReadmeGetsWrongIsNamed() {
        String broken = read("README.md")
                .replace("| Kafka (embedded, KRaft) | 9092 |", "| Kafka (embedded, KRaft) | 9093 |");
        assertEquals(List.of("README Ports table lacks | Kafka (embedded, KRaft) | 9092 |"),
                ContainerChecks.readme(broken));
    }

    @Test
    void aServiceOutputDroppedFromDockerignoreIsNamed() {
        String broken = read(".dockerignore").replace("!dashboard-service/target/quarkus-app\n", "");
        List<String> problems = ContainerChecks.dockerContext(broken, dockerfiles());
        assertFalse(problems.isEmpty(), "dropping the dashboard's output must be caught");
        assertTrue(problems.stream().allMatch(p -> p.startsWith("dashboard-service/")), problems.toString());
    }

    @Test
    void theToolsImageNeedsTheLauncherItsLibrariesAndTheSampleData() {
        for (String line : List.of("!embedded-infra/target/embedded-infra-*-launcher.jar\n",
                "!embedded-infra/target/lib\n", "!sample-data\n")) {
            String broken = read(".dockerignore").replace(line, "");
            assertFalse(ContainerChecks.dockerContext(broken, dockerfiles()).isEmpty(), "dropping " + line.trim());
        }
    }

    @Test
    void aServiceTheDashboardIsNotToldOfInComposeIsNamed() {
        String broken = read("docker-compose.yml")
                .replace("      LIAISON_SYSTEM_HEALTH_RECOMMENDATIONS_URL: http://recommendations-service:8083\n", "");
        assertEquals(List.of("compose dashboard-service: LIAISON_SYSTEM_HEALTH_RECOMMENDATIONS_URL must be "
                + "http://recommendations-service:8083, is null"), ContainerChecks.compose(compose(broken)));
    }

    @Test
    void aCallWhoseSettingTheServiceLacksIsNamed() {
        Properties renamed = properties(LiaisonTopology.DASHBOARD);
        renamed.remove("liaison.system-health.meetings-url");
        assertEquals(List.of("dashboard-service application.properties: no setting that "
                + "LIAISON_SYSTEM_HEALTH_MEETINGS_URL sets"),
                ContainerChecks.serviceConfiguration(LiaisonTopology.DASHBOARD, renamed));
    }

    @Test
    void aTopicDroppedFromComposeIsNamed() {
        String broken = read("docker-compose.yml").replace("topic dashboard-service.dlq 1\n", "");
        assertEquals(List.of("compose kafka-init must create topic dashboard-service.dlq with 1 partitions, has null"),
                ContainerChecks.compose(compose(broken)));
    }

    @Test
    void aTopicWithOtherPartitionsOrUnknownToTheTopologyIsNamed() {
        String broken = read("docker-compose.yml").replace("topic orgs.events 6", "topic orgs.events 3")
                .replace("topic dashboard-service.dlq 1",
                        "topic dashboard-service.dlq 1\n        topic stray.events 6");
        List<String> problems = ContainerChecks.compose(compose(broken));
        assertTrue(problems.contains("compose kafka-init must create topic orgs.events with 6 partitions, has 3"),
                problems.toString());
        assertTrue(problems.contains("compose kafka-init creates stray.events, which LiaisonTopology lacks"),
                problems.toString());
    }

    @Test
    void aServiceOnTheSuperuserOrAnotherDatabaseIsNamed() {
        String broken = read("docker-compose.yml")
                .replace("QUARKUS_DATASOURCE_USERNAME: meetings", "QUARKUS_DATASOURCE_USERNAME: liaison")
                .replace("jdbc:postgresql://postgres:5432/dashboard", "jdbc:postgresql://postgres:5432/orgs");
        List<String> problems = ContainerChecks.compose(compose(broken));
        assertTrue(problems.contains("compose meetings-service: QUARKUS_DATASOURCE_USERNAME must be meetings, is "
                + "liaison"), problems.toString());
        assertTrue(problems.stream()
                .anyMatch(p -> p.startsWith("compose dashboard-service: QUARKUS_DATASOURCE_JDBC_URL")),
                problems.toString());
    }

    @Test
    void aMemoryLimitThatIsNotTwiceTheTopologysHeapIsNamed() {
        String yaml = read("docker-compose.yml");
        String broken = yaml.replace("mem_limit: 1024m", "mem_limit: 512m");
        assertEquals(List.of("compose dashboard-service: mem_limit must be 1024m (twice its heap of 512 MiB), is 512m"),
                ContainerChecks.compose(compose(broken)));
        Map<String, Object> compose = compose(yaml);
        @SuppressWarnings("unchecked")
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        ((Map<?, ?>) services.get("orgs-service")).remove("mem_limit");
        assertEquals(List.of("compose orgs-service: mem_limit must be 512m (twice its heap of 256 MiB), is null"),
                ContainerChecks.compose(compose));
    }

    @Test
    void aDockerfileThatLeavesTheHeapToRunJavaIsNamed() {
        String dockerfile = read("meetings-service/src/main/docker/Dockerfile.jvm");
        assertEquals(List.of(), ContainerChecks.dockerfile(LiaisonTopology.MEETINGS, dockerfile));
        assertEquals(List.of("meetings-service's Dockerfile must put -XX:MaxRAMPercentage=50.0 in JAVA_OPTS_APPEND"),
                ContainerChecks.dockerfile(LiaisonTopology.MEETINGS,
                        dockerfile.replace("-XX:MaxRAMPercentage=50.0 ", "")));
        assertEquals(List.of("meetings-service's Dockerfile must put -XX:MaxRAMPercentage=50.0 in JAVA_OPTS_APPEND"),
                ContainerChecks.dockerfile(LiaisonTopology.MEETINGS,
                        dockerfile.replace("MaxRAMPercentage=50.0", "MaxRAMPercentage=80.0")));
    }

    @Test
    void aServiceMissingFromComposeOrStartingBeforeItsKeysIsNamed() {
        Map<String, Object> compose = compose(read("docker-compose.yml"));
        @SuppressWarnings("unchecked")
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        services.remove("recommendations-service");
        @SuppressWarnings("unchecked")
        Map<String, Object> dependsOn = (Map<String, Object>) ((Map<String, Object>) services.get("orgs-service"))
                .get("depends_on");
        dependsOn.remove("keys");
        List<String> problems = ContainerChecks.compose(compose);
        assertTrue(problems.contains("compose has no service recommendations-service"), problems.toString());
        assertTrue(problems.contains("compose orgs-service: must wait for keys (service_completed_successfully)"),
                problems.toString());
    }

    @Test
    void aDatabaseMissingFromPostgresInitIsNamed() {
        String broken = read("docker/postgres-init/01-service-databases.sh")
                .replace("service_database dashboard dashboard \"$DASHBOARD_DB_PASSWORD\"\n", "");
        assertEquals(List.of("docker/postgres-init lacks: service_database dashboard dashboard "
                + "\"$DASHBOARD_DB_PASSWORD\""), ContainerChecks.postgresInit(broken));
    }

    @Test
    void aConsumerOnAnotherGroupOrDeadLetterTopicIsNamed() {
        Properties broken = properties(LiaisonTopology.RECOMMENDATIONS);
        broken.setProperty("mp.messaging.incoming.meetings-in.group.id", "other");
        broken.setProperty("mp.messaging.incoming.orgs-in.dead-letter-queue.topic", "orgs.dlq");
        List<String> problems = ContainerChecks.serviceConfiguration(LiaisonTopology.RECOMMENDATIONS, broken);
        assertEquals(2, problems.size(), problems.toString());
    }

    @Test
    void dockerignoreFollowsDockersOwnRules() {
        DockerIgnore ignore = new DockerIgnore("*\n!a/target/app\n!b/*.jar\nb/secret.jar\n!**/keep\n");
        assertTrue(ignore.sends("a/target/app/lib/x.jar"));
        assertFalse(ignore.sends("a/target/other"));
        assertTrue(ignore.sends("b/x.jar"));
        assertFalse(ignore.sends("b/secret.jar"), "the last matching pattern decides");
        assertFalse(ignore.sends("b/c/x.jar"), "* stays within one segment");
        assertTrue(ignore.sends("deep/down/keep"));
        assertFalse(ignore.sends("src/Main.java"));
    }

    // ------------------------------------------------------------------------------------------------- files

    static String read(String relative) {
        try {
            return Files.readString(REPO.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every Dockerfile of every module ({@code <module>/src/main/docker/Dockerfile*}), by path. */
    static Map<String, String> dockerfiles() {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> modules = Files.list(REPO)) {
            for (Path docker : modules.map(m -> m.resolve("src/main/docker")).filter(Files::isDirectory).sorted()
                    .toList()) {
                try (Stream<Path> paths = Files.list(docker)) {
                    paths.filter(p -> p.getFileName().toString().startsWith("Dockerfile")).sorted()
                            .forEach(p -> files.put(REPO.relativize(p).toString(),
                                    read(REPO.relativize(p).toString())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(files.size() >= LiaisonTopology.SERVICES.size() + 1,
                "every service and the tools image: " + files.keySet());
        return files;
    }

    static Map<String, Object> compose(String yaml) {
        return new Yaml().load(yaml);
    }

    static Properties properties(Service service) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(REPO.resolve(service.name()
                + "/src/main/resources/application.properties"))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
