package org.liaison.support.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.AggregateState;
import org.liaison.contracts.CloudEventHeaders;
import org.liaison.contracts.EventJson;
import org.liaison.contracts.EventTypes;
import org.liaison.infra.testing.TestTokens;
import org.liaison.support.messaging.MessagingTestResource;
import org.liaison.support.messaging.OutboxRows;
import org.liaison.support.messaging.TestBroker;
import org.liaison.support.messaging.TestState;
import org.liaison.support.messaging.TestTopics;
import org.liaison.support.messaging.TopicTail;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.LongStream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaison.support.messaging.TopicTail.header;

/**
 * The relay against a real broker: every committed outbox row is published once, each aggregate's rows in the
 * order they were written, as a CloudEvent keyed by the aggregate id, and marked published only then.
 */
@QuarkusTest
@WithTestResource(MessagingTestResource.class)
class OutboxRelayTest {

    static final String TYPE = EventTypes.PERSON_UPDATED;
    static final String AGGREGATE_TYPE = "person";

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxRows rows;

    @Inject
    MeterRegistry registry;

    @Inject
    OutboxBacklog backlog;

    TopicTail topic;

    @BeforeEach
    void openTopic() {
        topic = new TopicTail(TestBroker.current().bootstrapServers(), TestTopics.EVENTS);
    }

    @AfterEach
    void closeTopic() {
        topic.close();
    }

    @Test
    void publishesEveryRowOnceInOrderPerAggregateAndMarksItPublished() {
        List<UUID> aggregates = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        Map<String, List<String>> written = new LinkedHashMap<>();
        aggregates.forEach(aggregate -> written.put(aggregate.toString(), new ArrayList<>()));
        List<UUID> eventIds = new ArrayList<>();
        // Rows of the three aggregates interleaved, one transaction each, more than a round (5 rows) takes...
        for (int version = 0; version < 6; version++) {
            for (UUID aggregate : aggregates) {
                long v = version;
                UUID eventId = QuarkusTransaction.requiringNew()
                        .call(() -> outbox.append(TYPE, AGGREGATE_TYPE, () -> new TestState(aggregate, v)));
                eventIds.add(eventId);
                written.get(aggregate.toString()).add(eventId.toString());
            }
        }
        // ... and one transaction that writes a row for each.
        List<Supplier<? extends AggregateState>> states = new ArrayList<>();
        aggregates.forEach(aggregate -> states.add(() -> new TestState(aggregate, 6)));
        QuarkusTransaction.requiringNew().run(() -> outbox.appendAll(TYPE, AGGREGATE_TYPE, states));
        int total = eventIds.size() + aggregates.size();

        List<String> keys = List.copyOf(written.keySet());
        topic.awaitKeys(keys, total, Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(15)).until(() -> rows.statuses(eventIds).equals(List.of("PUBLISHED")));
        assertEquals(eventIds.size(), rows.withPublicationTime(eventIds));
        topic.drain(Duration.ofSeconds(1));

        List<ConsumerRecord<String, String>> published = topic.withKeys(keys);
        assertEquals(total, published.size(), "each row once");
        for (UUID aggregate : aggregates) {
            List<ConsumerRecord<String, String>> ofAggregate = published.stream()
                    .filter(record -> record.key().equals(aggregate.toString())).toList();
            assertEquals(written.get(aggregate.toString()),
                    ofAggregate.stream().limit(6).map(record -> header(record, CloudEventHeaders.ID)).toList(),
                    "in the order written");
            assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L),
                    ofAggregate.stream().map(record -> data(record).get("version").asLong()).toList());
        }
    }

    @Test
    void publishesTheRowAsACloudEventKeyedByTheAggregateIdWithItsStateAsData() {
        UUID aggregate = UUID.randomUUID();
        UUID eventId = QuarkusTransaction.requiringNew()
                .call(() -> outbox.append(TYPE, AGGREGATE_TYPE, () -> new TestState(aggregate, 4)));

        ConsumerRecord<String, String> record = topic.await(r -> aggregate.toString().equals(r.key()),
                "the event of " + aggregate, Duration.ofSeconds(15));
        assertEquals(eventId.toString(), header(record, CloudEventHeaders.ID));
        assertEquals(CloudEventHeaders.SPEC_VERSION_1_0, header(record, CloudEventHeaders.SPEC_VERSION));
        assertEquals(TYPE, header(record, CloudEventHeaders.TYPE));
        assertEquals("/service-support-tests", header(record, CloudEventHeaders.SOURCE));
        assertEquals(AGGREGATE_TYPE + "/" + aggregate, header(record, CloudEventHeaders.SUBJECT));
        assertEquals(CloudEventHeaders.JSON, header(record, CloudEventHeaders.CONTENT_TYPE));
        assertNotNull(OffsetDateTime.parse(header(record, CloudEventHeaders.TIME)), "RFC 3339");
        assertNull(header(record, CloudEventHeaders.ACTOR_OFFICE), "no request, no actor");
        JsonNode data = data(record);
        assertEquals(aggregate.toString(), data.get("id").asText());
        assertEquals(4, data.get("version").asLong());
        await().atMost(Duration.ofSeconds(10)).until(() -> "PUBLISHED".equals(rows.status(eventId)));
    }

    /** Identity values commit out of order: a row with a smaller seq that commits later is published all the same. */
    @Test
    void publishesARowThatCommitsAfterARowWithALargerSequence() throws Exception {
        UUID early = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        CountDownLatch earlyWritten = new CountDownLatch(1);
        CountDownLatch mayCommit = new CountDownLatch(1);
        CompletableFuture<Void> slowTransaction = CompletableFuture.runAsync(() ->
                QuarkusTransaction.requiringNew().run(() -> {
                    outbox.append(TYPE, AGGREGATE_TYPE, () -> new TestState(early, 0));
                    earlyWritten.countDown();
                    awaitLatch(mayCommit);
                }));
        assertTrue(earlyWritten.await(10, TimeUnit.SECONDS));

        // Takes a larger sequence value and commits first.
        QuarkusTransaction.requiringNew().run(() -> outbox.append(TYPE, AGGREGATE_TYPE, () -> new TestState(late, 0)));
        topic.awaitKeys(List.of(late.toString()), 1, Duration.ofSeconds(15));

        mayCommit.countDown();
        slowTransaction.get(10, TimeUnit.SECONDS);
        topic.awaitKeys(List.of(early.toString()), 1, Duration.ofSeconds(15));
    }

    /**
     * A row larger than the producer's max.request.size (1 MiB) can never be published. The relay parks it and
     * publishes the rows written after it, of the same aggregate and of others; admins see it without its content
     * and put it back, and then it is parked again while still too large, or published once it fits.
     */
    @Test
    void parksARowTheProducerCanNeverSendAndPublishesTheRowsAfterIt() {
        double parkedBefore = parkedCounter();
        UUID bigAggregate = UUID.randomUUID();
        UUID otherAggregate = UUID.randomUUID();
        UUID[] ids = QuarkusTransaction.requiringNew().call(() -> new UUID[]{
                outbox.append(TYPE, AGGREGATE_TYPE, () -> new TestState(bigAggregate, 2)),
                outbox.append(TYPE, AGGREGATE_TYPE, () -> new BigState(bigAggregate, 3, "x".repeat(1_100_000))),
                outbox.append(TYPE, AGGREGATE_TYPE, () -> new TestState(otherAggregate, 0)),
                outbox.append(TYPE, AGGREGATE_TYPE, () -> new TestState(bigAggregate, 4))});
        UUID big = ids[1];
        List<String> keys = List.of(bigAggregate.toString(), otherAggregate.toString());

        topic.awaitKeys(keys, 3, Duration.ofSeconds(30));
        assertEquals(List.of(ids[0].toString(), ids[3].toString()), eventIds(bigAggregate),
                "the aggregate's next event goes out after the parked one is skipped");
        assertEquals(List.of(ids[2].toString()), eventIds(otherAggregate));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertEquals("PARKED", rows.status(big));
            assertEquals(List.of("PUBLISHED"), rows.statuses(List.of(ids[0], ids[2], ids[3])));
        });
        assertTrue(rows.parkReason(big).startsWith("org.apache.kafka.common.errors.RecordTooLargeException: "),
                rows.parkReason(big));
        assertEquals(parkedBefore + 1, parkedCounter());
        await().atMost(Duration.ofSeconds(5)).until(() -> parkedGauge() >= 1);

        // Only admins see it, and never its content.
        given().get("/admin/outbox/parked").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.editor(TestTokens.ADMIN_OFFICE)).get("/admin/outbox/parked")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.reader(TestTokens.ADMIN_OFFICE))
                .post("/admin/outbox/parked/" + big + "/retry").then().statusCode(403);
        String item = "items.find { it.id == '" + big + "' }";
        given().auth().oauth2(TestTokens.admin()).get("/admin/outbox/parked").then().statusCode(200)
                .contentType(ContentType.JSON)
                .body(item + ".eventType", equalTo(TYPE))
                .body(item + ".aggregateType", equalTo(AGGREGATE_TYPE))
                .body(item + ".aggregateId", equalTo(bigAggregate.toString()))
                .body(item + ".aggregateVersion", equalTo(3))
                .body(item + ".payloadBytes", greaterThan(1_100_000))
                .body(item + ".reason", startsWith("org.apache.kafka.common.errors.RecordTooLargeException"))
                .body(item + ".parkedAt", notNullValue())
                .body(item + ".seq", notNullValue())
                .body(item + ".payload", nullValue())
                .body("items.find { it.id == '" + ids[3] + "' }", nullValue());

        // Retried as it is, it is still too large: the relay parks it again (and the producer is still usable).
        given().auth().oauth2(TestTokens.admin()).post("/admin/outbox/parked/" + big + "/retry")
                .then().statusCode(202).body("status", equalTo("PENDING"));
        await().atMost(Duration.ofSeconds(15)).until(() -> parkedCounter() == parkedBefore + 2);
        await().atMost(Duration.ofSeconds(5)).until(() -> "PARKED".equals(rows.status(big)));

        // Once it fits (here: made small; in production: the limit raised), a retry publishes it, once.
        rows.replacePayload(big, "{\"id\": \"" + bigAggregate + "\", \"version\": 3}");
        given().auth().oauth2(TestTokens.admin()).post("/admin/outbox/parked/" + big + "/retry")
                .then().statusCode(202);
        topic.await(record -> big.toString().equals(header(record, CloudEventHeaders.ID)), "the retried event",
                Duration.ofSeconds(15));
        await().atMost(Duration.ofSeconds(15)).until(() -> "PUBLISHED".equals(rows.status(big)));
        assertEquals(parkedBefore + 2, parkedCounter());
        await().atMost(Duration.ofSeconds(5)).until(() -> parkedGauge() == 0);
        topic.drain(Duration.ofSeconds(1));
        assertEquals(4, topic.withKeys(keys).size(), "each row once");

        // Not parked (any more), or no such row: 404.
        given().auth().oauth2(TestTokens.admin()).post("/admin/outbox/parked/" + big + "/retry")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        given().auth().oauth2(TestTokens.admin()).post("/admin/outbox/parked/" + UUID.randomUUID() + "/retry")
                .then().statusCode(404).contentType("application/problem+json");
    }

    /**
     * A record within the producer's max.request.size but above the topic's max.message.bytes is refused by the
     * broker itself (RecordTooLargeException in the produce response, with the idempotent producer's sequence
     * numbers to repair). It is parked too, and the producer goes on.
     */
    @Test
    void parksARowTheTopicRefusesAsTooLarge() throws Exception {
        double parkedBefore = parkedCounter();
        try (Admin admin = admin()) {
            setTopicConfig(admin, TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "100000");
            try {
                UUID bigAggregate = UUID.randomUUID();
                UUID nextAggregate = UUID.randomUUID();
                UUID[] ids = QuarkusTransaction.requiringNew().call(() -> new UUID[]{
                        outbox.append(TYPE, AGGREGATE_TYPE, () -> new BigState(bigAggregate, 0, "y".repeat(200_000))),
                        outbox.append(TYPE, AGGREGATE_TYPE, () -> new TestState(nextAggregate, 0))});

                topic.awaitKeys(List.of(nextAggregate.toString()), 1, Duration.ofSeconds(30));
                await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
                    assertEquals("PUBLISHED", rows.status(ids[1]));
                    assertEquals("PARKED", rows.status(ids[0]));
                });
                assertTrue(rows.parkReason(ids[0]).startsWith(
                        "org.apache.kafka.common.errors.RecordTooLargeException"), rows.parkReason(ids[0]));
                assertEquals(parkedBefore + 1, parkedCounter());
            } finally {
                setTopicConfig(admin, TopicConfig.MAX_MESSAGE_BYTES_CONFIG, null);
            }
        }
        // The producer still publishes afterwards.
        UUID later = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> outbox.append(TYPE, AGGREGATE_TYPE, () -> new TestState(later, 0)));
        topic.awaitKeys(List.of(later.toString()), 1, Duration.ofSeconds(30));
    }

    /**
     * While one relay's round holds the lease (here: its mark of the rows it published is held up by a trigger),
     * another relay, as another instance of the service runs it, publishes none of the rows that round left, so
     * each aggregate's events go out in one order.
     */
    @Test
    void onlyOneRelayPublishesAtATime() {
        rows.execute("""
                create function hold_the_mark() returns trigger language plpgsql as $$
                begin perform pg_sleep(3); return null; end $$""");
        rows.execute("""
                create trigger hold_the_mark before update on outbox_event
                for each statement execute function hold_the_mark()""");
        UUID aggregate = UUID.randomUUID();
        List<UUID> ids;
        try {
            ids = QuarkusTransaction.requiringNew().call(() -> LongStream.range(0, 8).mapToObj(version ->
                    outbox.append(TYPE, AGGREGATE_TYPE, () -> new TestState(aggregate, version))).toList());
            // The first round (5 rows, the batch size) was acknowledged: its mark is now held up.
            topic.awaitKeys(List.of(aggregate.toString()), 5, Duration.ofSeconds(15));

            assertEquals(0, relay.relayOnce(), "another relay's round takes nothing while the lease is held");
            assertEquals(List.of("PENDING"), rows.statuses(ids.subList(5, 8)));
        } finally {
            rows.execute("drop trigger hold_the_mark on outbox_event");
            rows.execute("drop function hold_the_mark()");
        }
        topic.awaitKeys(List.of(aggregate.toString()), 8, Duration.ofSeconds(15));
        await().atMost(Duration.ofSeconds(10)).until(() -> rows.statuses(ids).equals(List.of("PUBLISHED")));
        topic.drain(Duration.ofSeconds(1));
        assertEquals(ids.stream().map(UUID::toString).toList(), eventIds(aggregate), "each once, in order");
    }

    /**
     * The broker goes away for longer than a round waits for its answers: the rows stay pending (not marked, not
     * parked), the relay sends nothing more while the producer still holds the round's records, and once the broker
     * is back each row is published once, in order, and marked.
     */
    @Test
    void aRoundTheBrokerDoesNotAnswerIsPublishedOnceWhenItIsBack() throws Exception {
        UUID aggregate = UUID.randomUUID();
        List<UUID> ids = new ArrayList<>(List.of(appendAndAwaitPublished(aggregate, 0)));
        double failuresBefore = publishFailures();

        TestBroker broker = TestBroker.current();
        broker.down();
        try {
            for (long version = 1; version < 8; version++) {
                ids.add(append(aggregate, version));
            }
            // The round waited its 2 s in vain. Without a broker for another round's worth (2 s and the 2 s poll),
            // a relay that sent the rows again would have them published twice.
            await().atMost(Duration.ofSeconds(15)).until(() -> publishFailures() > failuresBefore);
            Thread.sleep(3_000);
            assertEquals(List.of("PENDING"), rows.statuses(ids.subList(1, ids.size())),
                    "a row the broker did not acknowledge is neither marked published nor parked");
            // The operators see the backlog: in the gauges and in the readiness answer.
            backlog.refresh();
            assertTrue(backlog.pendingRows() >= 7, "pending " + backlog.pendingRows());
            assertTrue(backlog.oldestAgeSeconds() >= 3, "oldest waited " + backlog.oldestAgeSeconds());
            assertTrue(registry.get(OutboxBacklog.OLDEST_GAUGE).gauge().value() >= 3);
            // A backlog is no reason to refuse requests: the check is UP, with the figures.
            given().get("/q/health/ready").then()
                    .body("checks.find { it.name == 'outbox-backlog' }.status", equalTo("UP"))
                    .body("checks.find { it.name == 'outbox-backlog' }.data.pendingRows", greaterThanOrEqualTo(7));
        } finally {
            broker.up();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            backlog.refresh();
            return backlog.pendingRows() == 0 && backlog.oldestAgeSeconds() == 0;
        });

        await().atMost(Duration.ofSeconds(30)).until(() -> rows.statuses(ids).equals(List.of("PUBLISHED")));
        topic.awaitKeys(List.of(aggregate.toString()), ids.size(), Duration.ofSeconds(15));
        topic.drain(Duration.ofSeconds(1));
        assertEquals(ids.stream().map(UUID::toString).toList(), eventIds(aggregate), "each once, in order");
    }

    /**
     * The broker is cut off from the service for longer than the producer keeps a record (a network partition): the
     * sends fail, the rows stay pending (not marked, not parked), and once the broker is reachable again they are
     * published once, in order.
     */
    @Test
    void rowsWhoseSendFailedArePublishedOnceWhenTheBrokerIsReachableAgain() {
        UUID aggregate = UUID.randomUUID();
        List<UUID> ids = new ArrayList<>(List.of(appendAndAwaitPublished(aggregate, 0)));
        double failuresBefore = publishFailures();

        TestBroker broker = TestBroker.current();
        broker.cutOff();
        try {
            for (long version = 1; version < 4; version++) {
                ids.add(append(aggregate, version));
            }
            // Not answered within the round's 2 s, then failed at the producer's delivery timeout (12 s).
            await().atMost(Duration.ofSeconds(30)).until(() -> publishFailures() >= failuresBefore + 2);
            assertEquals(List.of("PENDING"), rows.statuses(ids.subList(1, ids.size())),
                    "a row whose send failed is neither marked published nor parked");
        } finally {
            broker.reconnect();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> rows.statuses(ids).equals(List.of("PUBLISHED")));
        topic.awaitKeys(List.of(aggregate.toString()), ids.size(), Duration.ofSeconds(15));
        topic.drain(Duration.ofSeconds(1));
        assertEquals(ids.stream().map(UUID::toString).toList(), eventIds(aggregate), "each once, in order");
    }

    private UUID append(UUID aggregate, long version) {
        return QuarkusTransaction.requiringNew()
                .call(() -> outbox.append(TYPE, AGGREGATE_TYPE, () -> new TestState(aggregate, version)));
    }

    private UUID appendAndAwaitPublished(UUID aggregate, long version) {
        UUID eventId = append(aggregate, version);
        topic.awaitKeys(List.of(aggregate.toString()), 1, Duration.ofSeconds(15));
        await().atMost(Duration.ofSeconds(10)).until(() -> "PUBLISHED".equals(rows.status(eventId)));
        return eventId;
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestBroker.current().bootstrapServers()));
    }

    /** Sets (or, with null, removes) a setting of the events topic and waits until the broker reports it. */
    private static void setTopicConfig(Admin admin, String name, String value) throws Exception {
        ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, TestTopics.EVENTS);
        AlterConfigOp op = value == null
                ? new AlterConfigOp(new ConfigEntry(name, ""), AlterConfigOp.OpType.DELETE)
                : new AlterConfigOp(new ConfigEntry(name, value), AlterConfigOp.OpType.SET);
        admin.incrementalAlterConfigs(Map.of(topic, List.of(op))).all().get(10, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            ConfigEntry entry = admin.describeConfigs(List.of(topic)).all().get(10, TimeUnit.SECONDS).get(topic)
                    .get(name);
            return value == null ? entry.source() != ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG
                    : value.equals(entry.value());
        });
    }

    /** The ids of the events of an aggregate on the topic, in the order published. */
    private List<String> eventIds(UUID aggregate) {
        return topic.withKeys(List.of(aggregate.toString())).stream()
                .map(record -> header(record, CloudEventHeaders.ID)).toList();
    }

    private double publishFailures() {
        Counter counter = registry.find("liaison.outbox.publish.failures").counter();
        return counter == null ? 0 : counter.count();
    }

    private double parkedCounter() {
        Counter counter = registry.find(ParkedEvents.PARKED_COUNTER).counter();
        return counter == null ? 0 : counter.count();
    }

    private double parkedGauge() {
        Gauge gauge = registry.find(ParkedEvents.PARKED_GAUGE).gauge();
        return gauge == null ? 0 : gauge.value();
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record BigState(UUID id, long version, String filler) implements AggregateState {
    }

    static JsonNode data(ConsumerRecord<String, String> record) {
        try {
            return EventJson.mapper().readTree(record.value());
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + record.value(), e);
        }
    }
}
