package org.liaison.meetings.directory;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.EventJson;
import org.liaison.contracts.EventTypes;
import org.liaison.contracts.OrganizationState;
import org.liaison.contracts.Topics;
import org.liaison.infra.testing.CloudEventProducer;
import org.liaison.infra.testing.TopicReader;
import org.liaison.meetings.MeetingsTestResource;
import org.liaison.support.directory.OrganizationDirectory;

import java.time.Duration;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The organisation directory follows orgs.events through the real broker, once per event, past bad records. */
@QuarkusTest
@WithTestResource(MeetingsTestResource.class)
class OrganizationEventsConsumptionTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    OrganizationDirectory directory;

    @Inject
    EntityManager entityManager;

    CloudEventProducer events;

    @BeforeEach
    void open() {
        events = new CloudEventProducer(bootstrapServers);
    }

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() throws Exception {
        UUID id = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String data = EventJson.mapper()
                .writeValueAsString(new OrganizationState(id, 0, "civil_society_organization", "بيتنا", "Baytna"));
        events.send(Topics.ORGS, id.toString(), eventId, EventTypes.ORGANIZATION_REGISTERED, "organization/" + id,
                data);
        events.send(Topics.ORGS, id.toString(), eventId, EventTypes.ORGANIZATION_REGISTERED, "organization/" + id,
                data);
        // A later event on the same key: once it is applied, both copies before it have been handled.
        UUID marker = UUID.randomUUID();
        events.send(Topics.ORGS, id.toString(), marker.toString(), EventTypes.ORGANIZATION_UPDATED,
                "organization/" + id,
                EventJson.mapper()
                        .writeValueAsString(new OrganizationState(id, 1, "civil_society_organization", "بيتنا سوريا",
                                "Baytna")));

        await().atMost(Duration.ofSeconds(20)).until(() -> inboxRows(marker.toString()) == 1);
        assertEquals(1, inboxRows(eventId), "the event is recorded once in the inbox");
        assertEquals("بيتنا سوريا",
                QuarkusTransaction.requiringNew().call(() -> directory.find(id)).orElseThrow().nameAr());
    }

    @Test
    void aMalformedRecordGoesToTheDeadLetterTopicAndTheNextOneIsApplied() throws Exception {
        try (TopicReader deadLetters = new TopicReader(bootstrapServers, "meetings-service.dlq")) {
            String poisonKey = UUID.randomUUID().toString();
            events.sendRaw(new ProducerRecord<>(Topics.ORGS, poisonKey, "{this is not json"));
            UUID id = UUID.randomUUID();
            events.send(Topics.ORGS, id.toString(), UUID.randomUUID().toString(), EventTypes.ORGANIZATION_REGISTERED,
                    "organization/" + id, EventJson.mapper().writeValueAsString(
                            new OrganizationState(id, 0, "civil_society_organization", "اليوم التالي",
                                    "The Day After")));
            // The good record may share the poison's partition: it is applied only if the channel survived.
            events.sendRaw(new ProducerRecord<>(Topics.ORGS, poisonKey, "{still not json"));
            events.send(Topics.ORGS, poisonKey, UUID.randomUUID().toString(), EventTypes.ORGANIZATION_REGISTERED,
                    "organization/" + id, EventJson.mapper().writeValueAsString(
                            new OrganizationState(id, 1, "civil_society_organization", "اليوم التالي",
                                    "The Day After")));

            ConsumerRecord<String, String> dead = deadLetters.awaitKey(poisonKey, Duration.ofSeconds(20));
            assertEquals("{this is not json", dead.value());
            await().atMost(Duration.ofSeconds(20)).until(() -> QuarkusTransaction.requiringNew()
                    .call(() -> directory.find(id).map(s -> s.version() == 1).orElse(false)));
        }
    }

    private long inboxRows(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from inbox_event where event_id = ?1")
                .setParameter(1, eventId).getSingleResult()).longValue());
    }
}
