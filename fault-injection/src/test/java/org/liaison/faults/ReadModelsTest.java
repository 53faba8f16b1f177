package org.liaison.faults;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The fold the oracle compares each directory with: the newest version of each organisation wins; records that are
 * not orgs-service's events (poison) and other aggregates' events are left out.
 */
class ReadModelsTest {

    private static final String ID = "6b1eb8e7-1f24-50a2-97e8-64a649909ef6";

    @Test
    void theNewestVersionWinsWhateverTheOrderAndRepeats() {
        List<ConsumerRecord<String, String>> records = List.of(
                event("e2", "organization.renamed", state(2, "المجلس العلوي الأعلى في سوريا")),
                event("e1", "organization.registered", state(1, "المجلس العلوي")),
                event("e2", "organization.renamed", state(2, "المجلس العلوي الأعلى في سوريا")),
                event("poison-1", "organization.updated", "{\"id\": \"" + ID + "\", \"nameAr\": "),
                event("poison-2", "organization.exploded", state(7, "المجلس")),
                event("e3", "person.registered", "{\"id\": \"" + ID + "\", \"version\": 9}"));
        assertEquals(Map.of(ID, "2|council|المجلس العلوي الأعلى في سوريا|Supreme Alawite Council in Syria"),
                ReadModels.fold(records, Set.of("e1", "e2", "e3")));
    }

    private static String state(long version, String nameAr) {
        return """
                {"id": "%s", "version": %d, "kind": "council", "nameAr": "%s", \
                "nameEn": "Supreme Alawite Council in Syria"}"""
                .formatted(ID, version, nameAr);
    }

    private static ConsumerRecord<String, String> event(String id, String type, String value) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", id.getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", type.getBytes(StandardCharsets.UTF_8));
        return new ConsumerRecord<>("orgs.events", 0, 0, 0L, org.apache.kafka.common.record.TimestampType.CREATE_TIME,
                0, 0, ID, value, headers, Optional.empty());
    }
}
