package org.liaison.orgs.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.AggregateState;
import org.liaison.contracts.EventJson;
import org.liaison.contracts.Topics;
import org.liaison.infra.testing.TestTokens;
import org.liaison.infra.testing.TopicReader;
import org.liaison.orgs.OrgsTestResource;
import org.liaison.support.outbox.Outbox;
import org.liaison.support.outbox.ParkedEvents;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The relay publishes every committed outbox row as a CloudEvent keyed by its aggregate id. */
@QuarkusTest
@WithTestResource(OrgsTestResource.class)
class OutboxRelayTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Outbox outbox;

    @Inject
    OutboxRows rows;

    @Inject
    MeterRegistry registry;

    TopicReader reader;

    @BeforeEach
    void subscribe() {
        reader = new TopicReader(bootstrapServers, Topics.ORGS);
    }

    @AfterEach
    void close() {
        reader.close();
    }

    @Test
    void publishesWithTheAggregateIdAsKeyAndCloudEventsHeaders() throws Exception {
        String id = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"kind\": \"civil_society_organization\", \"nameAr\": \"النساء الآن من أجل التنمية\", "
                + "\"nameEn\": \"Women Now for Development\"}")
                .post("/organizations").then().statusCode(201).extract().path("id");

        ConsumerRecord<String, String> record = reader.awaitKey(id, Duration.ofSeconds(15));
        assertEquals(id, record.key());
        assertEquals("1.0", header(record, "ce_specversion"));
        assertEquals("organization.registered", header(record, "ce_type"));
        assertEquals("/orgs-service", header(record, "ce_source"));
        assertEquals("organization/" + id, header(record, "ce_subject"));
        assertEquals("application/json", header(record, "content-type"));
        assertTrue(header(record, "ce_time").matches("\\d{4}-\\d{2}-\\d{2}T.*"), "ce_time is RFC 3339");
        assertEquals("PUBLISHED", rows.status(UUID.fromString(header(record, "ce_id"))));
        JsonNode data = EventJson.mapper().readTree(record.value());
        assertEquals(id, data.get("id").asText());
        assertEquals("Women Now for Development", data.get("nameEn").asText());
        assertEquals(0, data.get("version").asLong());
    }

    @Test
    void publishesARowThatCommitsAfterARowWithALargerSequence() throws Exception {
        UUID early = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        CountDownLatch earlyWritten = new CountDownLatch(1);
        CountDownLatch mayCommit = new CountDownLatch(1);
        CompletableFuture<Void> slowTransaction = CompletableFuture.runAsync(() ->
                QuarkusTransaction.requiringNew().run(() -> {
                    outbox.append("test.happened", "test", () -> new TestState(early, 0));
                    earlyWritten.countDown();
                    await(mayCommit);
                }));
        assertTrue(earlyWritten.await(10, TimeUnit.SECONDS));

        // Takes a larger sequence value and commits first.
        QuarkusTransaction.requiringNew()
                .run(() -> outbox.append("test.happened", "test", () -> new TestState(late, 0)));
        reader.awaitKey(late.toString(), Duration.ofSeconds(15));

        mayCommit.countDown();
        slowTransaction.get(10, TimeUnit.SECONDS);
        ConsumerRecord<String, String> record = reader.awaitKey(early.toString(), Duration.ofSeconds(15));
        assertEquals("test/" + early, header(record, "ce_subject"));
    }

    /**
     * F3: a row larger than the producer's max.request.size (1 MiB) can never be published. The relay parks it and
     * publishes the row written after it in the same round; admins see it and can put it back.
     */
    @Test
    void parksARowTheBrokerCanNeverAcceptAndPublishesTheRowsAfterIt() {
        double parkedBefore = parkedCounter();
        UUID bigAggregate = UUID.randomUUID();
        UUID nextAggregate = UUID.randomUUID();
        UUID[] ids = QuarkusTransaction.requiringNew().call(() -> new UUID[]{
                outbox.append("test.happened", "test", () -> new BigState(bigAggregate, 3, "x".repeat(1_100_000))),
                outbox.append("test.happened", "test", () -> new TestState(nextAggregate, 0))});
        UUID big = ids[0];
        UUID next = ids[1];

        // The row after the unpublishable one goes out, in the same round or the next: nothing is blocked.
        ConsumerRecord<String, String> published = reader.awaitKey(nextAggregate.toString(), Duration.ofSeconds(30));
        assertEquals(next.toString(), header(published, "ce_id"));
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertEquals("PUBLISHED", rows.status(next));
            assertEquals("PARKED", rows.status(big));
        });
        assertTrue(rows.parkReason(big).startsWith("org.apache.kafka.common.errors.RecordTooLargeException: "),
                rows.parkReason(big));
        assertEquals(parkedBefore + 1, parkedCounter());
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> parkedGauge() >= 1);

        // Only admins see it, and never its content.
        given().get("/admin/outbox/parked").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.editor(TestTokens.ADMIN_OFFICE)).get("/admin/outbox/parked")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.reader(TestTokens.ADMIN_OFFICE))
                .post("/admin/outbox/parked/" + big + "/retry").then().statusCode(403);
        String item = "items.find { it.id == '" + big + "' }";
        given().auth().oauth2(TestTokens.admin()).get("/admin/outbox/parked").then().statusCode(200)
                .contentType(ContentType.JSON)
                .body(item + ".eventType", equalTo("test.happened"))
                .body(item + ".aggregateType", equalTo("test"))
                .body(item + ".aggregateId", equalTo(bigAggregate.toString()))
                .body(item + ".aggregateVersion", equalTo(3))
                .body(item + ".payloadBytes", greaterThan(1_100_000))
                .body(item + ".reason", startsWith("org.apache.kafka.common.errors.RecordTooLargeException"))
                .body(item + ".parkedAt", notNullValue())
                .body(item + ".seq", notNullValue())
                .body(item + ".payload", nullValue())
                .body("items.find { it.id == '" + next + "' }", nullValue());

        // Retried as it is, it is still too large: the relay parks it again (and the emitter is still usable).
        given().auth().oauth2(TestTokens.admin()).post("/admin/outbox/parked/" + big + "/retry")
                .then().statusCode(202).body("status", equalTo("PENDING"));
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> parkedCounter() == parkedBefore + 2);
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> "PARKED".equals(rows.status(big)));

        // Once it fits (here: made small; in production: the limit raised), a retry publishes it.
        rows.replacePayload(big, "{\"id\": \"" + bigAggregate + "\", \"version\": 3}");
        given().auth().oauth2(TestTokens.admin()).post("/admin/outbox/parked/" + big + "/retry")
                .then().statusCode(202);
        ConsumerRecord<String, String> retried = reader.awaitKey(bigAggregate.toString(), Duration.ofSeconds(15));
        assertEquals(big.toString(), header(retried, "ce_id"));
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> "PUBLISHED".equals(rows.status(big)));
        assertEquals(parkedBefore + 2, parkedCounter());

        // Not parked (any more), or no such row: 404.
        given().auth().oauth2(TestTokens.admin()).post("/admin/outbox/parked/" + big + "/retry")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        given().auth().oauth2(TestTokens.admin()).post("/admin/outbox/parked/" + UUID.randomUUID() + "/retry")
                .then().statusCode(404).contentType("application/problem+json");
    }

    /**
     * F3 at the broker: a record within the producer's max.request.size but above the topic's max.message.bytes is
     * refused by the broker itself (RecordTooLargeException in the produce response, with the idempotent producer's
     * sequence numbers to repair). It is parked too, and the producer goes on.
     */
    @Test
    void parksARowTheTopicRefusesAsTooLarge() throws Exception {
        double parkedBefore = parkedCounter();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            setTopicMaxMessageBytes(admin, "100000");
            try {
                UUID bigAggregate = UUID.randomUUID();
                UUID nextAggregate = UUID.randomUUID();
                UUID[] ids = QuarkusTransaction.requiringNew().call(() -> new UUID[]{
                        outbox.append("test.happened", "test",
                                () -> new BigState(bigAggregate, 0, "y".repeat(200_000))),
                        outbox.append("test.happened", "test", () -> new TestState(nextAggregate, 0))});

                reader.awaitKey(nextAggregate.toString(), Duration.ofSeconds(30));
                Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
                    assertEquals("PUBLISHED", rows.status(ids[1]));
                    assertEquals("PARKED", rows.status(ids[0]));
                });
                assertTrue(rows.parkReason(ids[0]).startsWith("org.apache.kafka.common.errors.RecordTooLargeException"),
                        rows.parkReason(ids[0]));
                assertEquals(parkedBefore + 1, parkedCounter());
            } finally {
                setTopicMaxMessageBytes(admin, null);
            }
        }
        // The producer still publishes afterwards.
        UUID later = UUID.randomUUID();
        QuarkusTransaction.requiringNew()
                .run(() -> outbox.append("test.happened", "test", () -> new TestState(later, 0)));
        reader.awaitKey(later.toString(), Duration.ofSeconds(30));
    }

    /** Sets (or, with null, removes) the topic's max.message.bytes and waits until the broker reports it. */
    private static void setTopicMaxMessageBytes(Admin admin, String value) throws Exception {
        ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.ORGS);
        AlterConfigOp op = value == null
                ? new AlterConfigOp(new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, ""),
                        AlterConfigOp.OpType.DELETE)
                : new AlterConfigOp(new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, value),
                        AlterConfigOp.OpType.SET);
        admin.incrementalAlterConfigs(Map.of(topic, List.of(op))).all().get(10, TimeUnit.SECONDS);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
            ConfigEntry entry = admin.describeConfigs(List.of(topic)).all().get(10, TimeUnit.SECONDS).get(topic)
                    .get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG);
            return value == null ? entry.source() != ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG
                    : value.equals(entry.value());
        });
    }

    private double parkedCounter() {
        Counter counter = registry.find(ParkedEvents.PARKED_COUNTER).counter();
        return counter == null ? 0 : counter.count();
    }

    private double parkedGauge() {
        Gauge gauge = registry.find(ParkedEvents.PARKED_GAUGE).gauge();
        return gauge == null ? 0 : gauge.value();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    record TestState(UUID id, long version) implements AggregateState {
    }

    record BigState(UUID id, long version, String filler) implements AggregateState {
    }
}
