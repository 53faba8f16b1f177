package org.liaison.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.liaison.contracts.CloudEventHeaders;
import org.liaison.contracts.EventJson;
import org.liaison.contracts.EventTypes;
import org.liaison.contracts.OrganizationState;
import org.liaison.contracts.Topics;
import org.liaison.infra.LiaisonTopology;
import org.liaison.infra.testing.ArticleOrganizations;
import org.liaison.infra.testing.Cluster;
import org.liaison.infra.testing.GroupOffsets;
import org.liaison.infra.testing.TestTokens;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * meetings-service's organisation directory rebuilt from orgs.events ({@code POST /admin/read-models/
 * organization-directory/rebuild}, as {@code ./liaison rebuild meetings organization-directory} runs it) after a
 * history of a million events went by without it: the bench writes them to the topic as orgs-service's relay would
 * (organisations of the articles registered again, renamed and updated, their events interleaved as time would have
 * them), while meetings-service is stopped, and moves its group past them, so that its directory lacks them all, as
 * after a restore of its database. Against Kafka's ConsumerPerformance on the same records and pgbench's batched
 * upsert. The last workload: the other consumers of the topic are stopped first, and are not started again.
 */
final class TopicRebuild {

    /** Versions (events) per organisation, in this order of types. */
    private static final List<String> HISTORY = List.of(EventTypes.ORGANIZATION_REGISTERED,
            EventTypes.ORGANIZATION_RENAMED, EventTypes.ORGANIZATION_UPDATED, EventTypes.ORGANIZATION_RENAMED);

    /**
     * @param rebuild the service's answer ({@code RebuildReport}); {@code directoryRows} counted after it
     */
    record Figures(long events, double produceSeconds, double consumerPerformancePerSecond, double upsertRowsPerSecond,
                   JsonNode rebuild, long directoryRows) {

        double seconds() {
            return rebuild.path("seconds").asDouble(Double.NaN);
        }

        double eventsPerSecond() {
            return rebuild.path("eventsPerSecond").asDouble(Double.NaN);
        }

        /** The rebuild's rate over the slower of what Kafka reads and PostgreSQL upserts on this box. */
        double ratio() {
            return eventsPerSecond() / Math.min(consumerPerformancePerSecond, upsertRowsPerSecond);
        }

        ObjectNode json() {
            ObjectNode node = EventJson.mapper().createObjectNode();
            node.put("eventsWritten", events).put("produceSeconds", produceSeconds)
                    .put("consumerPerformancePerSecond", consumerPerformancePerSecond)
                    .put("upsertRowsPerSecond", upsertRowsPerSecond).put("directoryRows", directoryRows);
            node.set("rebuild", rebuild);
            return node;
        }

        String markdown() {
            return String.format(Locale.ROOT, "Rebuild of meetings-service's organisation directory from "
                            + "orgs.events: %,d events (%,d organisations) in %.1f s, %,.0f events/s (the live table "
                            + "locked for %.2f s; %,d rows added, %,d changed, %,d removed); Kafka's "
                            + "ConsumerPerformance "
                            + "on the same topic %,.0f records/s, pgbench batched upsert %,.0f rows/s. Where "
                            + "meetings-service's CPU went: [" + FLAME_GRAPH + "](" + FLAME_GRAPH + ").%n%n",
                    rebuild.path("events").asLong(), rebuild.path("rows").asLong(), seconds(), eventsPerSecond(),
                    rebuild.path("lockedSeconds").asDouble(), rebuild.path("added").asLong(),
                    rebuild.path("changed").asLong(), rebuild.path("removed").asLong(), consumerPerformancePerSecond,
                    upsertRowsPerSecond);
        }
    }

    private TopicRebuild() {
    }

    /** Where meetings-service's CPU goes during the rebuild (JFR), in the report's directory. */
    static final String FLAME_GRAPH = "flame-rebuild.html";

    static Figures measure(Cluster cluster, Calibration.Figures calibration, int organizations, Path out)
            throws Exception {
        for (LiaisonTopology.Service consumer : List.of(LiaisonTopology.DASHBOARD, LiaisonTopology.RECOMMENDATIONS,
                LiaisonTopology.MEETINGS)) {
            cluster.instance(consumer).terminate();
        }
        long started = System.nanoTime();
        long events = produce(cluster.bootstrapServers(), organizations);
        double produceSeconds = (System.nanoTime() - started) / 1e9;
        BenchMain.log("wrote %,d organisation events to %s in %.1f s", events, Topics.ORGS, produceSeconds);
        skipToEnd(cluster.bootstrapServers(), "meetings-service", Topics.ORGS);
        double consumerPerformance = consumerPerformance(cluster.bootstrapServers(), events);
        long pid = cluster.restart(LiaisonTopology.MEETINGS.name()).pid();
        JsonNode rebuild;
        try (Profile ignored = Profile.start(pid, out.resolve(FLAME_GRAPH),
                "meetings-service: the organisation directory rebuilt from a million events")) {
            rebuild = rebuild(cluster.url(LiaisonTopology.MEETINGS));
        }
        long rows;
        try (Connection db = cluster.database(LiaisonTopology.MEETINGS); Statement s = db.createStatement();
             ResultSet count = s.executeQuery("select count(*) from directory_organization")) {
            count.next();
            rows = count.getLong(1);
        }
        return new Figures(events, produceSeconds, consumerPerformance, calibration.upsertRowsPerSecond(), rebuild,
                rows);
    }

    private static long produce(String bootstrap, int organizations) throws Exception {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        UUID[] ids = new UUID[organizations];
        Arrays.setAll(ids, i -> UUID.randomUUID());
        AtomicReference<Exception> failure = new AtomicReference<>();
        long sent = 0;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            for (int version = 0; version < HISTORY.size(); version++) {
                for (int i = 0; i < organizations; i++) {
                    String[] kindAndName = ArticleOrganizations.KIND_AND_NAME
                            .get(i % ArticleOrganizations.KIND_AND_NAME.size());
                    String nameAr = kindAndName[1] + " " + i + (version >= 1 ? " - " + version : "");
                    OrganizationState state = new OrganizationState(ids[i], version, kindAndName[0], nameAr,
                            "Bench organisation " + i);
                    producer.send(record(HISTORY.get(version), state), (metadata, e) -> {
                        if (e != null) {
                            failure.compareAndSet(null, e);
                        }
                    });
                    sent++;
                }
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("the broker refused an event", failure.get());
        }
        return sent;
    }

    private static ProducerRecord<String, String> record(String type, OrganizationState state) throws Exception {
        RecordHeaders headers = new RecordHeaders();
        Map<String, String> values = new HashMap<>();
        values.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        values.put(CloudEventHeaders.ID, UUID.randomUUID().toString());
        values.put(CloudEventHeaders.TYPE, type);
        values.put(CloudEventHeaders.SOURCE, "/orgs-service");
        values.put(CloudEventHeaders.SUBJECT, "organization/" + state.id());
        values.put(CloudEventHeaders.TIME, OffsetDateTime.now().toString());
        values.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        values.forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        return new ProducerRecord<>(Topics.ORGS, null, state.id().toString(),
                EventJson.mapper().writeValueAsString(state), headers);
    }

    /** Commits the group's offsets at the topic's end: it never sees the records written while it was away. */
    private static void skipToEnd(String bootstrap, String group, String topic) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> ends = new HashMap<>();
        GroupOffsets.ends(bootstrap, topic).forEach((partition, end) ->
                ends.put(new TopicPartition(topic, partition), new OffsetAndMetadata(end)));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.alterConsumerGroupOffsets(group, ends).all().get();
        }
    }

    /** Records per second that Kafka's ConsumerPerformance reads of the topic (fetch time, without the group join). */
    private static double consumerPerformance(String bootstrap, long records) throws InterruptedException {
        String output = KafkaTools.run("ConsumerPerformance", List.of("--bootstrap-server", bootstrap, "--topic",
                Topics.ORGS, "--messages", String.valueOf(records), "--timeout", "60000"), Duration.ofMinutes(3));
        // A header line, then a data line of as many fields (log lines may come between).
        List<String> lines = output.lines().filter(line -> line.contains(",")).toList();
        for (int i = 0; i < lines.size(); i++) {
            List<String> header = Arrays.stream(lines.get(i).split(",")).map(String::strip).toList();
            int column = header.indexOf("fetch.nMsg.sec");
            if (column >= 0) {
                for (String line : lines.subList(i + 1, lines.size())) {
                    String[] fields = line.split(",");
                    if (fields.length == header.size()) {
                        return Double.parseDouble(fields[column].strip());
                    }
                }
            }
        }
        throw new IllegalStateException("no fetch.nMsg.sec in ConsumerPerformance's output:\n" + output);
    }

    private static JsonNode rebuild(String meetingsUrl) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(meetingsUrl
                        + "/admin/read-models/organization-directory/rebuild"))
                .header("Authorization", "Bearer " + TestTokens.admin()).timeout(Duration.ofMinutes(15))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("rebuild answered " + response.statusCode() + ": " + response.body());
        }
        return EventJson.mapper().readTree(response.body());
    }
}
