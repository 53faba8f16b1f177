package org.liaison.dashboard.events;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the buffer's byte bound counts of a record: key, value and headers as they came over the wire. */
class LiveEventTest {

    @Test
    void theSizesKafkaReportsAreCountedWithEveryHeader() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", "0123456789".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_empty", null);
        ConsumerRecord<String, String> record = new ConsumerRecord<>("orgs.events", 0, 7, 0L, TimestampType.CREATE_TIME,
                36, 1_000, "key", "{}", headers, Optional.empty());
        assertEquals(36 + 1_000 + "ce_id".length() + 10 + "ce_empty".length(), LiveEvent.bytes(record));
    }

    @Test
    void withoutReportedSizesTheTextIsCountedInUtf8() {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("orgs.events", 0, 7, "k", "{\"nameAr\":\"مسد\"}");
        assertEquals(1 + 13 + 6, LiveEvent.bytes(record), "three Arabic letters are six bytes");
    }
}
