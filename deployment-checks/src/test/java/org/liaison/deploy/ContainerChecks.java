package org.liaison.deploy;

import org.liaison.infra.LiaisonTopology;
import org.liaison.infra.LiaisonTopology.Service;
import org.liaison.infra.launcher.ServiceEnvironment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The container files held against {@link LiaisonTopology}. Each check takes the files' contents and returns what
 * disagrees, one readable line per problem, so that a test can feed in a broken copy and see it named.
 */
final class ContainerChecks {

    private static final Pattern COPY = Pattern.compile("(?m)^\\s*COPY\\s+(.*)$");
    private static final Pattern TOPIC_LINE = Pattern.compile("(?m)^\\s*topic\\s+(\\S+)\\s+(\\d+)\\s*$");
    private static final Pattern INIT_LINE = Pattern.compile(
            "(?m)^service_database\\s+(\\S+)\\s+(\\S+)\\s+\"\\$(\\w+)\"\\s*$");

    private ContainerChecks() {
    }

    /** Every Dockerfile's COPY sources must reach the daemon through {@code .dockerignore}. */
    static List<String> dockerContext(String dockerignore, Map<String, String> dockerfiles) {
        DockerIgnore ignore = new DockerIgnore(dockerignore);
        List<String> problems = new ArrayList<>();
        dockerfiles.forEach((file, text) -> {
            Matcher copy = COPY.matcher(text);
            while (copy.find()) {
                List<String> words = new ArrayList<>(List.of(copy.group(1).trim().split("\\s+")));
                words.removeIf(w -> w.startsWith("--"));
                if (copy.group(1).contains("--from=")) {
                    continue;
                }
                for (String source : words.subList(0, words.size() - 1)) {
                    // A directory source sends its files; a glob, any name it matches.
                    String sample = (source.endsWith("/") ? source + "example.jar" : source).replace("*", "x");
                    if (!ignore.sends(sample)) {
                        problems.add(file + ": COPY " + source + " is kept out of the build context by .dockerignore");
                    }
                }
            }
        });
        return problems;
    }

    /** The image's heap share of the container's memory limit, as the manifests and compose's mem_limit assume. */
    static final String HEAP_SHARE = "-XX:MaxRAMPercentage=" + LiaisonTopology.CONTAINER_HEAP_PERCENT + ".0";
    private static final Pattern JAVA_OPTS_APPEND = Pattern.compile("(?m)^ENV\\s+JAVA_OPTS_APPEND=\"([^\"]*)\"");

    /**
     * Each service's Dockerfile exposes and listens on the topology's port, and gives the heap its share of the limit.
     */
    static List<String> dockerfile(Service service, String dockerfile) {
        List<String> problems = new ArrayList<>();
        if (!Pattern.compile("(?m)^EXPOSE\\s+" + service.port() + "\\s*$").matcher(dockerfile).find()) {
            problems.add(service.name() + "'s Dockerfile does not EXPOSE " + service.port());
        }
        if (!dockerfile.contains("QUARKUS_HTTP_PORT=" + service.port())) {
            problems.add(service.name() + "'s Dockerfile does not set QUARKUS_HTTP_PORT=" + service.port());
        }
        Matcher javaOpts = JAVA_OPTS_APPEND.matcher(dockerfile);
        if (!javaOpts.find() || !List.of(javaOpts.group(1).trim().split("\\s+")).contains(HEAP_SHARE)) {
            problems.add(service.name() + "'s Dockerfile must put " + HEAP_SHARE + " in JAVA_OPTS_APPEND");
        }
        return problems;
    }

    /** docker-compose.yml: every service with its image, port, database role, dependencies; every topic. */
    @SuppressWarnings("unchecked")
    static List<String> compose(Map<String, Object> compose) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> services = (Map<String, Object>) compose.getOrDefault("services", Map.of());
        Map<String, Object> postgresEnv = environment(services.get("postgres"));
        for (Service service : LiaisonTopology.SERVICES) {
            Object definition = services.get(service.name());
            if (!(definition instanceof Map<?, ?> s)) {
                problems.add("compose has no service " + service.name());
                continue;
            }
            String where = "compose " + service.name() + ": ";
            Map<String, Object> build = (Map<String, Object>) s.get("build");
            String dockerfile = service.name() + "/src/main/docker/Dockerfile.jvm";
            if (build == null || !dockerfile.equals(build.get("dockerfile")) || !".".equals(build.get("context"))) {
                problems.add(where + "must build " + dockerfile + " with the repository root as context");
            }
            if (!String.valueOf(s.get("image")).matches(".*/liaison-" + Pattern.quote(service.name()) + ":.*")) {
                problems.add(where + "image must be <registry>/liaison-" + service.name() + ":<tag>, is "
                        + s.get("image"));
            }
            if (!List.of(service.port() + ":" + service.port()).equals(s.get("ports"))) {
                problems.add(where + "must publish " + service.port() + ":" + service.port() + ", has "
                        + s.get("ports"));
            }
            Map<String, Object> env = environment(definition);
            expect(problems, where, env, "QUARKUS_HTTP_PORT", String.valueOf(service.port()));
            expect(problems, where, env, "QUARKUS_DATASOURCE_JDBC_URL",
                    "jdbc:postgresql://postgres:" + LiaisonTopology.POSTGRES_PORT + "/" + service.database());
            expect(problems, where, env, "QUARKUS_DATASOURCE_USERNAME", service.databaseRole());
            expect(problems, where, env, "KAFKA_BOOTSTRAP_SERVERS", "kafka:" + LiaisonTopology.KAFKA_PORT);
            ServiceEnvironment.calls(service).forEach((variable, called) ->
                    expect(problems, where, env, variable, "http://" + called.name() + ":" + called.port()));
            String passwordVariable = passwordVariable(service);
            Object rolePassword = postgresEnv.get(passwordVariable);
            if (rolePassword == null || !rolePassword.equals(env.get("QUARKUS_DATASOURCE_PASSWORD"))) {
                problems.add(where + "QUARKUS_DATASOURCE_PASSWORD must be the postgres service's " + passwordVariable);
            }
            Map<String, Object> dependsOn = s.get("depends_on") instanceof Map<?, ?> d ? (Map<String, Object>) d
                    : Map.of();
            for (Map.Entry<String, String> needed : Map.of("postgres", "service_healthy", "kafka", "service_healthy",
                    "kafka-init", "service_completed_successfully", "keys", "service_completed_successfully")
                    .entrySet()) {
                Object condition = dependsOn.get(needed.getKey()) instanceof Map<?, ?> d ? d.get("condition") : null;
                if (!needed.getValue().equals(condition)) {
                    problems.add(where + "must wait for " + needed.getKey() + " (" + needed.getValue() + ")");
                }
            }
            Object healthcheck = s.get("healthcheck") instanceof Map<?, ?> h ? h.get("test") : null;
            if (healthcheck == null
                    || !healthcheck.toString().contains("localhost:" + service.port() + "/q/health/ready")) {
                problems.add(where + "healthcheck must ask localhost:" + service.port() + "/q/health/ready");
            }
            // The heap is the image's share of this limit: it must come to the topology's heap.
            String memLimit = service.containerMemoryMiB() + "m";
            if (!memLimit.equals(String.valueOf(s.get("mem_limit")))) {
                problems.add(where + "mem_limit must be " + memLimit + " (twice its heap of " + service.heapMiB()
                        + " MiB), is " + s.get("mem_limit"));
            }
            if (!String.valueOf(s.get("volumes")).contains("keys:/deployments/keys:ro")) {
                problems.add(where + "must mount the keys volume read-only at /deployments/keys");
            }
        }
        problems.addAll(kafkaInit(services.get("kafka-init")));
        return problems;
    }

    /** kafka-init creates exactly the topology's topics, each with its partition count. */
    private static List<String> kafkaInit(Object kafkaInit) {
        List<String> problems = new ArrayList<>();
        if (!(kafkaInit instanceof Map<?, ?> init)) {
            return List.of("compose has no kafka-init service");
        }
        Map<String, Integer> created = new LinkedHashMap<>();
        Matcher topic = TOPIC_LINE.matcher(String.valueOf(init.get("command")));
        while (topic.find()) {
            created.put(topic.group(1), Integer.parseInt(topic.group(2)));
        }
        LiaisonTopology.topics().forEach((name, partitions) -> {
            if (!partitions.equals(created.get(name))) {
                problems.add("compose kafka-init must create topic " + name + " with " + partitions
                        + " partitions, has "
                        + created.get(name));
            }
        });
        created.keySet().stream().filter(name -> !LiaisonTopology.topics().containsKey(name))
                .forEach(name -> problems.add("compose kafka-init creates " + name + ", which LiaisonTopology lacks"));
        return problems;
    }

    /** docker/postgres-init: one role and database per service, with the password the postgres service is given. */
    static List<String> postgresInit(String script) {
        List<String> problems = new ArrayList<>();
        Map<String, String[]> lines = new LinkedHashMap<>();
        Matcher line = INIT_LINE.matcher(script);
        while (line.find()) {
            lines.put(line.group(1), new String[]{line.group(2), line.group(3)});
        }
        for (Service service : LiaisonTopology.SERVICES) {
            String[] found = lines.remove(service.database());
            String expected = "service_database " + service.database() + " " + service.databaseRole() + " \"$"
                    + passwordVariable(service) + "\"";
            if (found == null || !found[0].equals(service.databaseRole())
                    || !found[1].equals(passwordVariable(service))) {
                problems.add("docker/postgres-init lacks: " + expected);
            }
        }
        lines.keySet()
                .forEach(db -> problems.add("docker/postgres-init creates " + db + ", which LiaisonTopology lacks"));
        return problems;
    }

    /** application.properties: port, database, topics, consumer groups and dead-letter topic as in the topology. */
    static List<String> serviceConfiguration(Service service, Properties properties) {
        List<String> problems = new ArrayList<>();
        String where = service.name() + " application.properties: ";
        expect(problems, where, properties, "quarkus.http.port", String.valueOf(service.port()));
        expect(problems, where, properties, "quarkus.datasource.jdbc.url",
                "jdbc:postgresql://127.0.0.1:" + LiaisonTopology.POSTGRES_PORT + "/" + service.database());
        expect(problems, where, properties, "kafka.bootstrap.servers", "127.0.0.1:" + LiaisonTopology.KAFKA_PORT);
        service.publishes()
                .ifPresent(topic -> expect(problems, where, properties, "mp.messaging.outgoing.events-out.topic",
                        topic));
        for (LiaisonTopology.ConsumerGroup group : service.consumerGroups()) {
            String channel = "mp.messaging.incoming." + group.channel() + ".";
            String topics = properties.getProperty(channel + "topics", properties.getProperty(channel + "topic"));
            if (topics == null || !List.of(topics.split(",")).equals(group.topics())) {
                problems.add(where + channel + "topic(s) must be " + group.topics() + ", is " + topics);
            }
            expect(problems, where, properties, channel + "group.id", group.groupId());
            expect(problems, where, properties, channel + "dead-letter-queue.topic",
                    service.deadLetterTopic().orElse(null));
        }
        // The variables the launcher, compose and Kubernetes set for the services it calls name settings it has.
        for (String variable : ServiceEnvironment.calls(service).keySet()) {
            if (properties.stringPropertyNames().stream().noneMatch(key -> asVariable(key).equals(variable))) {
                problems.add(where + "no setting that " + variable + " sets");
            }
        }
        return problems;
    }

    /** The README's Ports table: each service on its port, the embedded servers on theirs, the databases by name. */
    static List<String> readme(String readme) {
        List<String> problems = new ArrayList<>();
        for (String row : List.of("| PostgreSQL (embedded) | " + LiaisonTopology.POSTGRES_PORT + " |",
                "| Kafka (embedded, KRaft) | " + LiaisonTopology.KAFKA_PORT + " |")) {
            if (!readme.contains(row)) {
                problems.add("README Ports table lacks " + row);
            }
        }
        for (Service service : LiaisonTopology.SERVICES) {
            if (!readme.contains("| " + service.name() + " | " + service.port() + " |")) {
                problems.add("README Ports table lacks | " + service.name() + " | " + service.port() + " |");
            }
            if (!readme.contains("`" + service.database() + "`")) {
                problems.add("README does not name the database `" + service.database() + "`");
            }
        }
        return problems;
    }

    /** The postgres service's variable with this service's role password, e.g. ORGS_DB_PASSWORD. */
    static String passwordVariable(Service service) {
        return service.database().toUpperCase() + "_DB_PASSWORD";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(Object service) {
        if (service instanceof Map<?, ?> s && s.get("environment") instanceof Map<?, ?> env) {
            Map<String, Object> values = new LinkedHashMap<>();
            ((Map<String, Object>) env).forEach((k, v) -> values.put(k, String.valueOf(v)));
            return values;
        }
        return Map.of();
    }

    /** The environment variable that sets a key (MicroProfile Config's rule: upper case, _ for anything else). */
    private static String asVariable(String key) {
        return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    private static void expect(List<String> problems, String where, Map<?, ?> values, String key, String expected) {
        Object actual = values.get(key);
        if (expected == null ? actual != null : !expected.equals(actual == null ? null : actual.toString())) {
            problems.add(where + key + " must be " + expected + ", is " + actual);
        }
    }
}
