package org.liaison.meetings.directory;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.EventTypes;
import org.liaison.meetings.MeetingsTestResource;
import org.liaison.support.inbox.IdempotentConsumer;
import org.liaison.support.inbox.PoisonEventException;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The inbox, against the real database: an effect runs once per event id and consumer. */
@QuarkusTest
@WithTestResource(MeetingsTestResource.class)
class IdempotentConsumerTest {

    @Inject
    IdempotentConsumer consumer;

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

    private static ConsumerRecord<String, String> cloudEvent(String id, String data) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_id", id.getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", EventTypes.PERSON_REGISTERED.getBytes(StandardCharsets.UTF_8));
        headers.add("ce_source", "/tests".getBytes(StandardCharsets.UTF_8));
        return new ConsumerRecord<>("orgs.events", 0, 0L, 0L, TimestampType.CREATE_TIME, 0, 0,
                "key", data, headers, Optional.empty());
    }
}
