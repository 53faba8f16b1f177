package org.liaison.infra;

import org.liaison.contracts.Topics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shape of the Liaison system in one place: its services with their ports, databases and database roles, the
 * topics they publish and read with partition counts, their consumer groups and dead-letter topics.
 *
 * <p>Everything that starts or deploys the system reads it from here: the embedded infrastructure (databases and
 * topics), {@code ./liaison}'s launcher and the test, fault and bench clusters (ports, heaps, what each service is
 * told), and the deployment checks that hold {@code docker-compose.yml}, {@code docker/postgres-init}, the
 * Dockerfiles, the services' configuration and {@code deploy/kubernetes} against it. Changing the system's shape
 * starts here; those checks then name every file that still disagrees.
 */
public final class LiaisonTopology {

    /**
     * PostgreSQL's port: the embedded server's under {@code ./liaison up} (where LIAISON_PG_PORT moves it), compose's,
     * and the one in each service's default {@code quarkus.datasource.jdbc.url}.
     */
    public static final int POSTGRES_PORT = 5432;
    /** Kafka's port, in the same places ({@code ./liaison up}'s LIAISON_KAFKA_PORT moves it). */
    public static final int KAFKA_PORT = 9092;

    /** Each domain topic: keyed by aggregate id, so the partition count bounds a consumer group's parallelism. */
    public static final int EVENT_TOPIC_PARTITIONS = 6;
    /** Dead letters are rare and read by people: one partition keeps them in the order they failed. */
    public static final int DLQ_TOPIC_PARTITIONS = 1;

    /**
     * In a container the heap is this share of the memory limit (-XX:MaxRAMPercentage in the images' and the
     * manifests' JAVA_OPTS_APPEND), so that the limit fixes the heap and what is left for the JVM's own memory.
     */
    public static final int CONTAINER_HEAP_PERCENT = 50;

    /**
     * Heap of orgs-, meetings- and recommendations-service. ./liaison bench ran every workload (creates, reads,
     * imports of 20,000 organisations and meetings, searches, a million-event rebuild) with -Xmx256m: RSS after the
     * reads 315-415 MiB. Their memory does not grow with the data: rows live in PostgreSQL.
     */
    static final int SERVICE_HEAP_MIB = 256;

    /**
     * Heap of dashboard-service, which keeps in memory what grows with the data: every organisation's names (about
     * 330 bytes each: 54 MB at issue 20's 164,000) and every meeting's visibility (about 190 bytes: 21 MB at 110,000),
     * the buffer of recent events (at most liaison.dashboard.buffer-bytes, about 80 MB of parsed events at 32M), and
     * 500 streams with their queues: about 155 MB more than the other services hold at that scale, on top of the 256
     * MiB they run in, so 512 MiB, which also leaves the collector room to run seldom.
     */
    static final int DASHBOARD_HEAP_MIB = 512;

    /** A Kafka consumer group of a service: a channel of SmallRye Reactive Messaging, or a plain consumer. */
    public record ConsumerGroup(String channel, String groupId, List<String> topics) {
        public ConsumerGroup {
            topics = List.copyOf(topics);
        }
    }

    /**
     * One service.
     *
     * @param name           module, image and host name, e.g. {@code orgs-service}
     * @param port           its HTTP port, the same everywhere (local, compose, Kubernetes)
     * @param database       its own PostgreSQL database; no other service connects to it
     * @param databaseRole   the role it connects as where roles are separate (compose, Kubernetes): owner of its
     *                       database only, never a superuser
     * @param publishes      the topic its outbox relay publishes to, if it owns events
     * @param consumerGroups its consumer groups with the topics each reads
     * @param deadLetterTopic where its consumers put records they cannot apply, if it consumes
     * @param heapMiB        its JVM's heap limit in MiB: {@code -Xmx} under {@code ./liaison} and the test and bench
     *                       clusters; in containers half the memory limit ({@link #CONTAINER_HEAP_PERCENT}). Without
     *                       one a JVM may take a quarter of the machine (80% of a container's limit, or of the machine
     *                       where there is none, under the images' run-java.sh)
     */
    public record Service(String name, int port, String database, String databaseRole, Optional<String> publishes,
                          List<ConsumerGroup> consumerGroups, Optional<String> deadLetterTopic, int heapMiB) {
        public Service {
            consumerGroups = List.copyOf(consumerGroups);
        }

        /**
         * The memory limit of its container: the heap is {@link #CONTAINER_HEAP_PERCENT} of it, the rest is for
         * metaspace, code cache, threads and direct buffers (RSS was 315-415 MiB with a 256 MiB heap: at most 160 MiB
         * besides the heap).
         */
        public int containerMemoryMiB() {
            return heapMiB * 100 / CONTAINER_HEAP_PERCENT;
        }

        /** {@code orgs} for {@code orgs-service}: what people type. */
        public String shortName() {
            return name.substring(0, name.indexOf('-'));
        }

        /** Every topic this service reads. */
        public List<String> consumedTopics() {
            return consumerGroups.stream().flatMap(g -> g.topics().stream()).distinct().toList();
        }
    }

    public static final Service ORGS = new Service("orgs-service", 8081, "orgs", "orgs",
            Optional.of(Topics.ORGS), List.of(), Optional.empty(), SERVICE_HEAP_MIB);

    public static final Service MEETINGS = new Service("meetings-service", 8082, "meetings", "meetings",
            Optional.of(Topics.MEETINGS),
            List.of(new ConsumerGroup("orgs-in", "meetings-service", List.of(Topics.ORGS)),
                    new ConsumerGroup("recommendations-in", "meetings-service", List.of(Topics.RECOMMENDATIONS))),
            Optional.of("meetings-service.dlq"), SERVICE_HEAP_MIB);

    public static final Service RECOMMENDATIONS = new Service("recommendations-service", 8083, "recommendations",
            "recommendations", Optional.of(Topics.RECOMMENDATIONS),
            List.of(new ConsumerGroup("orgs-in", "recommendations-service", List.of(Topics.ORGS)),
                    new ConsumerGroup("meetings-in", "recommendations-service", List.of(Topics.MEETINGS))),
            Optional.of("recommendations-service.dlq"), SERVICE_HEAP_MIB);

    /**
     * The dashboard's webhook channel is one group shared by all its instances; its live view reads the same topics
     * with a plain consumer under a group of each instance's own ({@link #DASHBOARD_LIVE_VIEW_GROUP_PREFIX}).
     */
    public static final Service DASHBOARD = new Service("dashboard-service", 8080, "dashboard", "dashboard",
            Optional.empty(),
            List.of(new ConsumerGroup("webhooks-in", "dashboard-webhooks",
                    List.of(Topics.ORGS, Topics.MEETINGS, Topics.RECOMMENDATIONS))),
            Optional.of("dashboard-service.dlq"), DASHBOARD_HEAP_MIB);

    /** The live view's group is this prefix plus the instance id, so every instance sees every event. */
    public static final String DASHBOARD_LIVE_VIEW_GROUP_PREFIX = "dashboard-";

    /** In start order: orgs-service first, since meetings-service looks organisations up there. */
    public static final List<Service> SERVICES = List.of(ORGS, MEETINGS, RECOMMENDATIONS, DASHBOARD);

    private LiaisonTopology() {
    }

    /** The service called {@code name} or its short name ({@code orgs}); empty if there is none. */
    public static Optional<Service> service(String name) {
        return SERVICES.stream().filter(s -> s.name().equals(name) || s.shortName().equals(name)).findFirst();
    }

    /** Every database, one per service, in service order. */
    public static List<String> databases() {
        return SERVICES.stream().map(Service::database).toList();
    }

    /** The event topics, one per publishing service. */
    public static List<String> eventTopics() {
        return SERVICES.stream().flatMap(s -> s.publishes().stream()).toList();
    }

    /** The dead-letter topics, one per consuming service. */
    public static List<String> deadLetterTopics() {
        return SERVICES.stream().flatMap(s -> s.deadLetterTopic().stream()).toList();
    }

    /** Every topic of the system with its partition count: the event topics, then the dead-letter topics. */
    public static Map<String, Integer> topics() {
        Map<String, Integer> all = new LinkedHashMap<>();
        eventTopics().forEach(t -> all.put(t, EVENT_TOPIC_PARTITIONS));
        deadLetterTopics().forEach(t -> all.put(t, DLQ_TOPIC_PARTITIONS));
        return Collections.unmodifiableMap(all);
    }
}
