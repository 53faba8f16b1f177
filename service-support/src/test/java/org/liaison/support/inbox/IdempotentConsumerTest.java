package org.liaison.support.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.commit.KafkaCommitHandler;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.EventTypes;
import org.liaison.support.messaging.MessagingTestResource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The inbox against the real database, fed records and batches made here as the connector makes them: an effect runs
 * once per event id and consumer, a batch commits once, and only its records that can never be applied are
 * dead-lettered. {@link IdempotentConsumerOverKafkaTest} does the same through a real channel and broker.
 */
@QuarkusTest
@WithTestResource(MessagingTestResource.class)
class IdempotentConsumerTest {

    @Inject
    IdempotentConsumer consumer;

    @Inject
    EntityManager entityManager;

    @Test
    void appliesTheSameEventOncePerConsumer() {
        ConsumerRecord<String, String> record = cloudEvent(UUID.randomUUID().toString(), "{\"id\": 1}");
        AtomicInteger applied = new AtomicInteger();
        consumer.consume("test.counter", record, event -> applied.incrementAndGet());
        consumer.consume("test.counter", record, event -> applied.incrementAndGet());
        assertEquals(1, applied.get());

        consumer.consume("test.other-projection", record, event -> applied.incrementAndGet());
        assertEquals(2, applied.get(), "another consumer keeps an inbox of its own");
    }

    @Test
    void aFailedEffectLeavesTheEventUnprocessed() {
        ConsumerRecord<String, String> record = cloudEvent(UUID.randomUUID().toString(), "{\"id\": 1}");
        assertThrows(PoisonEventException.class, () -> consumer.consume("test.failing", record, event -> {
            throw new PoisonEventException("cannot apply");
        }));
        AtomicInteger applied = new AtomicInteger();
        consumer.consume("test.failing", record, event -> applied.incrementAndGet());
        assertEquals(1, applied.get(), "the inbox row rolled back with the failed effect");
    }

    @Test
    void aRecordThatIsNotACloudEventIsPoison() {
        var record = new ConsumerRecord<>("orgs.events", 0, 0L, 0L, TimestampType.CREATE_TIME, 0, 0,
                "key", "{}", new RecordHeaders(), Optional.empty());
        assertThrows(PoisonEventException.class, () -> consumer.consume("test.counter", record, event -> {
        }));
    }

    @Test
    void aRecordOfAnUnknownTypeIsPoison() {
        ConsumerRecord<String, String> record = cloudEvent(UUID.randomUUID().toString(), "{\"id\": 1}");
        record.headers().remove("ce_type");
        record.headers().add("ce_type", "organization.exploded".getBytes(StandardCharsets.UTF_8));
        AtomicInteger applied = new AtomicInteger();
        PoisonEventException poison = assertThrows(PoisonEventException.class,
                () -> consumer.consume("test.unknown", record, event -> applied.incrementAndGet()));
        assertTrue(poison.getMessage().contains("organization.exploded"), poison.getMessage());
        assertEquals(0, applied.get());
    }

    @Test
    void aBatchIsAppliedInOneTransactionOnceWithDuplicatesSkipped() {
        String consumerName = "test.batch-" + UUID.randomUUID();
        String again = UUID.randomUUID().toString();
        consumer.consume(consumerName, cloudEvent(again, "{}"), event -> {
        });
        List<String> ids = List.of(UUID.randomUUID().toString(), again, UUID.randomUUID().toString());
        AckLog acks = new AckLog();
        AtomicInteger applied = new AtomicInteger();

        consumer.consume(consumerName, acks.batch(ids.stream().map(id -> cloudEvent(id, "{}")).toList()),
                event -> applied.incrementAndGet()).toCompletableFuture().join();

        assertEquals(2, applied.get(), "the event applied before is skipped");
        assertEquals(3, inboxRows(consumerName));
        assertEquals(1, transactions(consumerName, ids.get(0), ids.get(2)), "one commit for the batch");
        assertEquals(List.of(2L), acks.acknowledged, "the batch is acknowledged at its last offset");
        assertEquals(List.of(), acks.deadLettered);
    }

    @Test
    void inABatchOnlyTheRecordsThatCannotBeAppliedAreDeadLetteredAndTheOthersAreApplied() {
        String consumerName = "test.batch-" + UUID.randomUUID();
        String before = UUID.randomUUID().toString();
        String poison = UUID.randomUUID().toString();
        String after = UUID.randomUUID().toString();
        var notACloudEvent = new ConsumerRecord<>("orgs.events", 0, 0L, 0L, TimestampType.CREATE_TIME, 0, 0,
                "key", "{}", new RecordHeaders(), Optional.empty());
        AckLog acks = new AckLog();
        List<String> appliedAndCommitted = new ArrayList<>();

        consumer.consume(consumerName, acks.batch(List.of(cloudEvent(before, "{}"), cloudEvent(poison, "{}"),
                notACloudEvent, cloudEvent(after, "{}"))), event -> {
            if (event.id().equals(poison)) {
                throw new PoisonEventException("cannot apply " + poison);
            }
            appliedAndCommitted.add(event.id());
        }).toCompletableFuture().join();

        assertEquals(List.of(1L, 2L), acks.deadLettered.stream().sorted().toList());
        assertEquals(2, inboxRows(consumerName), "the events around the poison are applied, the poison is not");
        assertEquals(0, inboxRows(consumerName, poison));
        assertEquals(List.of(3L), acks.acknowledged, "acknowledged after the dead letters");
        assertTrue(appliedAndCommitted.containsAll(List.of(before, after)), appliedAndCommitted.toString());
    }

    private long inboxRows(String consumerName, String... eventIds) {
        String only = eventIds.length == 0 ? "" : " and event_id = any(cast(?2 as text[]))";
        var query = entityManager.createNativeQuery("select count(*) from inbox_event where consumer = ?1" + only)
                .setParameter(1, consumerName);
        if (eventIds.length > 0) {
            query.setParameter(2, eventIds);
        }
        return QuarkusTransaction.requiringNew().call(() -> ((Number) query.getSingleResult()).longValue());
    }

    /**
     * How many transactions wrote the inbox rows of these events (xmin: the id of the transaction that wrote a row).
     */
    private long transactions(String consumerName, String... eventIds) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("""
                        select count(distinct xmin::text) from inbox_event
                        where consumer = ?1 and event_id = any(cast(?2 as text[]))""")
                .setParameter(1, consumerName).setParameter(2, eventIds).getSingleResult()).longValue());
    }

    private static ConsumerRecord<String, String> cloudEvent(String id, String data) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_id", id.getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", EventTypes.PERSON_REGISTERED.getBytes(StandardCharsets.UTF_8));
        headers.add("ce_source", "/tests".getBytes(StandardCharsets.UTF_8));
        return new ConsumerRecord<>("orgs.events", 0, 0L, 0L, TimestampType.CREATE_TIME, 0, 0,
                "key", data, headers, Optional.empty());
    }

    /** Builds a batch as the connector does and records what its records' acknowledgements and nacks reach. */
    private static final class AckLog {
        final List<Long> acknowledged = new CopyOnWriteArrayList<>();
        final List<Long> deadLettered = new CopyOnWriteArrayList<>();

        KafkaRecordBatch<String, String> batch(List<ConsumerRecord<String, String>> records) {
            TopicPartition partition = new TopicPartition("orgs.events", 0);
            List<ConsumerRecord<String, String>> numbered = new ArrayList<>();
            for (ConsumerRecord<String, String> r : records) {
                numbered.add(new ConsumerRecord<>(r.topic(), 0, numbered.size(), 0L, TimestampType.CREATE_TIME, 0, 0,
                        r.key(), r.value(), r.headers(), Optional.empty()));
            }
            KafkaCommitHandler commits = new KafkaCommitHandler() {
                @Override
                public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record) {
                    acknowledged.add(record.getOffset());
                    return Uni.createFrom().voidItem();
                }
            };
            KafkaFailureHandler deadLetters = new KafkaFailureHandler() {
                @Override
                public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                    deadLettered.add(record.getOffset());
                    return Uni.createFrom().voidItem();
                }
            };
            return new IncomingKafkaRecordBatch<>(new ConsumerRecords<>(Map.of(partition, numbered), Map.of()),
                    "test-in", 0, commits, deadLetters, false, false);
        }
    }
}
