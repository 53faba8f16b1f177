package org.liaison.support.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.CloudEventHeaders;
import org.liaison.contracts.EventTypes;
import org.liaison.infra.testing.CloudEventProducer;
import org.liaison.support.messaging.AppliedEvents;
import org.liaison.support.messaging.MessagingTestResource;
import org.liaison.support.messaging.TestBroker;
import org.liaison.support.messaging.TestState;
import org.liaison.support.messaging.TestTopics;
import org.liaison.support.messaging.TopicTail;
import org.liaison.support.outbox.Outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaison.support.messaging.TopicTail.header;

/**
 * The idempotent consumer behind a real channel ({@link AppliedEvents}: {@code batch=true}, the library's
 * dead-letter strategy) reading a real broker: each event applied once whatever is delivered again, each aggregate's
 * events in the order of its partition, a passing failure retried in place, and a record that can never be applied
 * set aside on the dead-letter topic with its provenance while the records after it flow.
 */
@QuarkusTest
@WithTestResource(MessagingTestResource.class)
class IdempotentConsumerOverKafkaTest {

    static final Duration APPLIED_WITHIN = Duration.ofSeconds(30);

    @Inject
    AppliedEvents applied;

    @Inject
    Outbox outbox;

    @Inject
    MeterRegistry registry;

    CloudEventProducer producer;
    TopicTail deadLetters;

    @BeforeEach
    void open() {
        producer = new CloudEventProducer(TestBroker.current().bootstrapServers());
        deadLetters = new TopicTail(TestBroker.current().bootstrapServers(), TestTopics.DEAD_LETTERS);
    }

    @AfterEach
    void close() {
        producer.close();
        deadLetters.close();
    }

    @Test
    void anEventTheOutboxRecordsReachesTheConsumerAndIsAppliedOnce() {
        UUID aggregate = UUID.randomUUID();
        UUID eventId = QuarkusTransaction.requiringNew().call(() ->
                outbox.append(EventTypes.PERSON_UPDATED, "person", () -> new TestState(aggregate, 0)));

        await().atMost(APPLIED_WITHIN).until(() -> applied.appliedIds(aggregate.toString()).size() >= 1);
        assertEquals(List.of(eventId.toString()), applied.appliedIds(aggregate.toString()));
    }

    @Test
    void anEventDeliveredAgainIsAppliedOnce() {
        String key = UUID.randomUUID().toString();
        String first = send(key, 0, "");
        await().atMost(APPLIED_WITHIN).until(() -> applied.appliedIds(key).size() >= 1);
        double duplicatesBefore = consumed("duplicate");

        // The same event again, as the relay sends it after a crash between the broker's ack and its mark; then one
        // more, which is applied after it (one partition), so that the duplicate has surely been seen.
        producer.send(TestTopics.EVENTS, key, first, EventTypes.PERSON_UPDATED, "person/" + key, data(key, 0, ""));
        String next = send(key, 1, "");

        await().atMost(APPLIED_WITHIN).until(() -> applied.appliedIds(key).size() >= 2);
        assertEquals(List.of(first, next), applied.appliedIds(key));
        assertEquals(duplicatesBefore + 1, consumed("duplicate"));
    }

    /**
     * A failure that passes (PostgreSQL answers a serialization failure) is retried in place, as long as it lasts
     * (more attempts than an unexpected failure gets), and the aggregate's later events wait for it.
     */
    @Test
    void appliesEachAggregatesEventsInOrderRetryingAPassingFailureInPlace() {
        List<String> keys = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        List<List<String>> sent = List.of(new ArrayList<>(), new ArrayList<>());
        for (int version = 0; version < 8; version++) {
            for (int k = 0; k < keys.size(); k++) {
                String failure = k == 0 && version == 3 ? "\"failure\": \"transient\", \"failures\": 7" : "";
                sent.get(k).add(send(keys.get(k), version, failure));
            }
        }

        for (int k = 0; k < keys.size(); k++) {
            String key = keys.get(k);
            await().atMost(APPLIED_WITHIN).until(() -> applied.appliedIds(key).size() >= 8);
            assertEquals(sent.get(k), applied.appliedIds(key), "applied once each, in the order sent");
        }
        assertEquals(8, applied.attempts(sent.get(0).get(3)), "seven failed attempts, then the one that applied it");
        deadLetters.drain(Duration.ofMillis(500));
        assertEquals(List.of(), deadLetters.withKeys(keys), "nothing set aside");
    }

    @Test
    void setsAsideAnEventItCanNeverApplyWithItsProvenanceAndAppliesTheNext() {
        double deadLetteredBefore = consumed("dead-letter");
        double invalidBefore = deadLetters("invalid");
        String key = UUID.randomUUID().toString();
        String before = send(key, 0, "");
        String poison = send(key, 1, "\"failure\": \"poison\"");
        String after = send(key, 2, "");

        await().atMost(APPLIED_WITHIN).until(() -> applied.appliedIds(key).size() >= 2);
        assertEquals(List.of(before, after), applied.appliedIds(key));
        ConsumerRecord<String, String> letter = deadLetters.await(
                record -> poison.equals(header(record, CloudEventHeaders.ID)), "the event set aside", APPLIED_WITHIN);
        assertEquals(key, letter.key());
        assertEquals(data(key, 1, "\"failure\": \"poison\""), letter.value());
        assertEquals(TestTopics.EVENTS, header(letter, "dead-letter-topic"));
        assertNotNull(header(letter, "dead-letter-partition"));
        assertNotNull(header(letter, "dead-letter-offset"));
        String reason = header(letter, "dead-letter-reason");
        assertTrue(reason.contains("can never apply"), reason);
        assertEquals(EventTypes.PERSON_UPDATED, header(letter, CloudEventHeaders.TYPE), "the original headers stay");
        assertEquals(deadLetteredBefore + 1, consumed("dead-letter"), "counted as set aside");
        assertEquals(invalidBefore + 1, deadLetters("invalid"), "counted by why");
    }

    /** An unexpected failure of the handler gets a few attempts: one that passes within them is applied once. */
    @Test
    void appliesOnceAnEventWhoseUnexpectedFailurePasses() {
        String key = UUID.randomUUID().toString();
        String flaky = send(key, 0, "\"failure\": \"unexpected\", \"failures\": 2");
        String next = send(key, 1, "");

        await().atMost(APPLIED_WITHIN).until(() -> applied.appliedIds(key).size() >= 2);
        assertEquals(List.of(flaky, next), applied.appliedIds(key));
        deadLetters.drain(Duration.ofMillis(500));
        assertEquals(List.of(), deadLetters.withKeys(List.of(key)), "nothing set aside");
    }

    /** ... and one that outlasts them (liaison.consumer.max-attempts, 5) is set aside, and the next applied. */
    @Test
    void setsAsideAnEventWhoseUnexpectedFailureOutlastsItsAttempts() {
        String key = UUID.randomUUID().toString();
        String broken = send(key, 0, "\"failure\": \"unexpected\"");
        String next = send(key, 1, "");

        await().atMost(APPLIED_WITHIN).until(() -> applied.appliedIds(key).size() >= 1);
        assertEquals(List.of(next), applied.appliedIds(key));
        ConsumerRecord<String, String> letter = deadLetters.await(
                record -> broken.equals(header(record, CloudEventHeaders.ID)), "the event set aside", APPLIED_WITHIN);
        String reason = header(letter, "dead-letter-reason");
        assertTrue(reason.contains("failed 5 times"), reason);
        await().atMost(APPLIED_WITHIN).until(() -> deadLetters("failed-repeatedly") >= 1);
    }

    @Test
    void setsAsideARecordThatIsNotACloudEventAndAppliesTheNext() {
        String key = UUID.randomUUID().toString();
        producer.sendRaw(new ProducerRecord<>(TestTopics.EVENTS, key, "{\"not\": \"a cloud event\"}"));
        String next = send(key, 0, "");

        await().atMost(APPLIED_WITHIN).until(() -> applied.appliedIds(key).size() >= 1);
        assertEquals(List.of(next), applied.appliedIds(key));
        ConsumerRecord<String, String> letter = deadLetters.await(record -> key.equals(record.key()),
                "the record set aside", APPLIED_WITHIN);
        assertTrue(header(letter, "dead-letter-reason").contains("not a CloudEvents 1.0 record"),
                header(letter, "dead-letter-reason"));
    }

    /** Sends an event of the aggregate {@code key} (its data asking for a failure, or not); returns its id. */
    private String send(String key, long version, String failure) {
        String eventId = UUID.randomUUID().toString();
        producer.send(TestTopics.EVENTS, key, eventId, EventTypes.PERSON_UPDATED, "person/" + key,
                data(key, version, failure));
        return eventId;
    }

    private static String data(String key, long version, String failure) {
        return "{\"id\": \"" + key + "\", \"version\": " + version + (failure.isEmpty() ? "" : ", " + failure) + "}";
    }

    /** The test consumer's dead letters for a reason (every reason is there from the start). */
    private double deadLetters(String reason) {
        return registry.find("liaison.consumer.dead.letters")
                .tags("consumer", AppliedEvents.CONSUMER, "reason", reason).counter().count();
    }

    private double consumed(String outcome) {
        Counter counter = registry.find("liaison.consumer.events")
                .tags("consumer", AppliedEvents.CONSUMER, "type", EventTypes.PERSON_UPDATED, "outcome", outcome)
                .counter();
        return counter == null ? 0 : counter.count();
    }
}
