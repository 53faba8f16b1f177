package org.liaison.faults;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.liaison.contracts.CloudEventHeaders;
import org.liaison.contracts.Topics;
import org.liaison.infra.LiaisonTopology;
import org.liaison.infra.testing.TestTokens;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * F3: poison on orgs.events while writes go on: bytes that are not JSON, an unknown event type, an unknown
 * CloudEvents version, and a state no handler can ever store (a NUL in a name: PostgreSQL refuses it on every
 * attempt). Each lands on every directory consumer's dead-letter topic with its provenance (original topic,
 * partition, offset, reason), and the writes around it keep flowing. Then an outbox row too large for the broker:
 * the relay parks it (a metric and the admin endpoint show it) and publishes the rows after it.
 */
final class Poison extends Fault {

    /** Over the producer's max.request.size (1 MiB by default): the broker can never take it. */
    private static final int OVERSIZED_BYTES = 1_500_000;

    Poison() {
        super("F3",
                "poison on orgs.events (not JSON, unknown type, unknown version, unstorable state) and an oversized "
                + "outbox row, under 10 writes/s");
    }

    @Override
    void inject(FaultRun run) throws Exception {
        try (Load load = run.load(10)) {
            Load.sleep(Duration.ofSeconds(2));
            Map<String, RecordMetadata> poison = sendPoison(run);
            for (LiaisonTopology.Service consumer : Oracle.DIRECTORIES) {
                String dlq = consumer.deadLetterTopic().orElseThrow();
                for (Map.Entry<String, RecordMetadata> sent : poison.entrySet()) {
                    run.expect(awaitDeadLetter(run, dlq, sent.getValue(), Duration.ofSeconds(20)),
                            consumer.name() + " did not dead-letter " + sent.getKey() + " with its provenance on "
                                    + dlq);
                }
            }
            parkOversizedRow(run);
            Load.sleep(Duration.ofSeconds(2));
        }
    }

    private static Map<String, RecordMetadata> sendPoison(FaultRun run) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, run.cluster.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        Map<String, RecordMetadata> sent = new LinkedHashMap<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            UUID id = UUID.randomUUID();
            String state = state(id, "المجلس العلوي الأعلى في سوريا");
            sent.put("bytes that are not JSON",
                    send(producer, id, "organization.updated", "1.0", "{\"id\": \"" + id + "\", \"nameAr\": "));
            sent.put("an unknown event type", send(producer, id, "organization.exploded", "1.0", state));
            sent.put("an unknown CloudEvents version", send(producer, id, "organization.updated", "2.0", state));
            sent.put("a state no handler can store", send(producer, id, "organization.updated", "1.0",
                    state(id, "المجلس العلوي\u0000الأعلى")));
        }
        return sent;
    }

    private static String state(UUID id, String nameAr) {
        return Api.JSON.createObjectNode().put("id", id.toString()).put("version", 1).put("kind", "council")
                .put("nameAr", nameAr).toString();
    }

    private static RecordMetadata send(KafkaProducer<String, String> producer, UUID key, String type,
            String specVersion,
                                       String value) throws Exception {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.SPEC_VERSION, specVersion.getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEventHeaders.ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEventHeaders.TYPE, type.getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEventHeaders.SOURCE, "/fault-injection".getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEventHeaders.TIME, OffsetDateTime.now().toString().getBytes(StandardCharsets.UTF_8));
        return producer.send(new ProducerRecord<>(Topics.ORGS, null, key.toString(), value, headers))
                .get(15, TimeUnit.SECONDS);
    }

    /** Whether {@code dlq} holds a record naming the poisoned record's topic, partition and offset, and a reason. */
    private static boolean awaitDeadLetter(FaultRun run, String dlq, RecordMetadata original, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        do {
            for (ConsumerRecord<String, String> letter : TopicLog.readAll(run.cluster.bootstrapServers(), dlq)) {
                if (Topics.ORGS.equals(TopicLog.header(letter, "dead-letter-topic"))
                        && Integer.toString(original.partition())
                                .equals(TopicLog.header(letter, "dead-letter-partition"))
                        && Long.toString(original.offset()).equals(TopicLog.header(letter, "dead-letter-offset"))
                        && TopicLog.header(letter, "dead-letter-reason") != null) {
                    return true;
                }
            }
            Load.sleep(Duration.ofMillis(250));
        } while (System.nanoTime() < deadline);
        return false;
    }

    /** An outbox row over the broker's limit, then the relay must park it, count it, list it, and go on. */
    private static void parkOversizedRow(FaultRun run) throws Exception {
        UUID row = UUID.randomUUID();
        UUID aggregate = UUID.randomUUID();
        String payload = Api.JSON.createObjectNode().put("id", aggregate.toString()).put("version", 1)
                .put("kind", "council")
                .put("nameAr", "المجلس العلوي الأعلى في سوريا").put("notes", "ا".repeat(OVERSIZED_BYTES / 2))
                .toString();
        try (Connection db = run.cluster.database(LiaisonTopology.ORGS); var sql = db.prepareStatement("""
                insert into outbox_event (id, aggregate_type, aggregate_id, aggregate_version, event_type, payload,
                    occurred_at)
                values (?, 'organization', ?, 1, 'organization.updated', cast(? as jsonb), now())""")) {
            sql.setObject(1, row);
            sql.setObject(2, aggregate);
            sql.setString(3, payload);
            sql.executeUpdate();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        String status = null;
        while (System.nanoTime() < deadline && !"PARKED".equals(status = outboxStatus(run, row))) {
            Load.sleep(Duration.ofMillis(200));
        }
        if (!"PARKED".equals(status)) {
            run.problem("the oversized outbox row is " + status + ", not PARKED, 40 s after it was written");
            return;
        }
        String orgsUrl = run.cluster.url(LiaisonTopology.ORGS);
        Api.Answer parked = Api.get(orgsUrl + "/admin/outbox/parked", TestTokens.admin());
        run.expect(parked.success() && parked.body() != null && parked.body().toString().contains(row.toString()),
                "GET /admin/outbox/parked does not list the parked row (" + parked.status() + ")");
        String metrics = Api.text(orgsUrl + "/q/metrics", TestTokens.admin());
        run.expect(metrics.lines()
                .anyMatch(l -> l.startsWith("liaison_outbox_parked_total") && !l.trim().endsWith(" 0.0")),
                "the metric liaison_outbox_parked_total does not count the parked row");
    }

    private static String outboxStatus(FaultRun run, UUID row) throws Exception {
        try (Connection db = run.cluster.database(LiaisonTopology.ORGS);
             var sql = db.prepareStatement("select status from outbox_event where id = ?")) {
            sql.setObject(1, row);
            try (var rows = sql.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }
}
