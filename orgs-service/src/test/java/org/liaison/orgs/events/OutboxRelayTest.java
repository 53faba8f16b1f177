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
import org.liaison.contracts.EventJson;
import org.liaison.contracts.Topics;
import org.liaison.infra.testing.TestTokens;
import org.liaison.infra.testing.TopicReader;
import org.liaison.orgs.OrgsTestResource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * orgs-service's events leave through the relay as CloudEvents of its own source, keyed by the aggregate id. The
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
        assertEquals("PUBLISHED", rows.status(UUID.fromString(header(record, "ce_id"))));
        JsonNode data = EventJson.mapper().readTree(record.value());
        assertEquals(id, data.get("id").asText());
        assertEquals("Women Now for Development", data.get("nameEn").asText());
        assertEquals(0, data.get("version").asLong());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
