package org.liaison.orgs.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.EventEnvelope;
import org.liaison.contracts.EventJson;
import org.liaison.contracts.OrganizationState;
import org.liaison.contracts.Source;
import org.liaison.contracts.Topics;
import org.liaison.infra.testing.TestTokens;
import org.liaison.infra.testing.TopicReader;
import org.liaison.orgs.OrgsTestResource;
import org.liaison.orgs.TestNames;
import org.liaison.support.inbox.CloudEventRecords;
import org.liaison.support.inbox.IdempotentConsumer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * orgs-service's events leave through the relay, over the real broker, as CloudEvents of its own source, keyed by
 * the aggregate id, with the state consumers read. The
 * relay's contract itself (order, once, parking, outages) is tested in service-support ({@code OutboxRelayTest}).
 */
@QuarkusTest
@WithTestResource(OrgsTestResource.class)
class OutboxRelayTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    OutboxRows rows;

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
        // The relay marks the row once the broker has acknowledged the batch, which a consumer may read first.
        UUID eventId = UUID.fromString(header(record, "ce_id"));
        await().atMost(Duration.ofSeconds(10)).until(() -> "PUBLISHED".equals(rows.status(eventId)));
        JsonNode data = EventJson.mapper().readTree(record.value());
        assertEquals(id, data.get("id").asText());
        assertEquals("Women Now for Development", data.get("nameEn").asText());
        assertEquals(0, data.get("version").asLong());
    }

    /**
     * What a source says reaches the consumers: the event on the broker, read the way every consumer reads one
     * ({@link CloudEventRecords} and {@link IdempotentConsumer#data}), carries the headline, quote, reading day and
     * language of a source without a publisher, and the stated count of principles beside the named ones.
     */
    @Test
    void carriesTheSourcesHeadlineQuoteAndStatedCountToConsumers() throws Exception {
        String title = "تشكيل مكتب التنسيق والعلاقات المحلية والدولية للعلويين: الأهداف والرؤية";
        String quote = "لتحقيق أربعة مبادئ أساسية لا تقتصر على العلويين فحسب";
        String id = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("""
                        {"kind": "office", "nameAr": "%s", "principles": ["اللامركزية الموسعة", "تمكين المرأة"],
                         "principlesStatedCount": 4,
                         "sources": [{"title": "%s", "quote": "%s", "accessedOn": "2026-12-06", "language": "ar"}]}"""
                        .formatted(TestNames.unique("مكتب التنسيق والعلاقات العامة المحلية والدولية"), title, quote))
                .post("/organizations").then().statusCode(201).extract().path("id");

        EventEnvelope event = CloudEventRecords.read(reader.awaitKey(id, Duration.ofSeconds(15)));
        OrganizationState state = IdempotentConsumer.data(event, OrganizationState.class);
        assertEquals(4, state.principlesStatedCount());
        assertEquals(List.of(new Source(null, null, null, null, title, quote, LocalDate.of(2026, 12, 6), "ar")),
                state.sources());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
