package org.liaison.meetings.directory;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.EventJson;
import org.liaison.contracts.EventTypes;
import org.liaison.contracts.PersonState;
import org.liaison.contracts.Topics;
import org.liaison.infra.testing.CloudEventProducer;
import org.liaison.infra.testing.TestTokens;
import org.liaison.meetings.MeetingFixture;
import org.liaison.meetings.MeetingsTestResource;
import org.liaison.support.directory.OrganizationDirectory;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A person registered twice (د. بدر جاموس from article 001, and a second record of him) is merged in orgs-service:
 * the person.* events reach meetings-service through the real broker, and the search for his meetings follows the
 * merge both ways, and stops following it when the merge is undone. A redelivered or stale event changes nothing.
 */
@QuarkusTest
@WithTestResource(MeetingsTestResource.class)
class PersonMergeFollowingTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    PersonDirectory people;

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
    void theSearchForAPersonsMeetingsFollowsTheirMergeAndItsUndoing() {
        MeetingFixture fixture = new MeetingFixture(organizations, entityManager);
        UUID commission = fixture.organization("هيئة التفاوض السورية " + UUID.randomUUID(), null);
        UUID jamous = UUID.randomUUID();
        UUID secondRecord = UUID.randomUUID();
        publish(EventTypes.PERSON_REGISTERED, person(jamous, 0, null), UUID.randomUUID().toString());
        publish(EventTypes.PERSON_REGISTERED, person(secondRecord, 0, null), UUID.randomUUID().toString());
        String withJamous = schedule(commission, jamous);
        String withSecondRecord = schedule(commission, secondRecord);
        await().atMost(Duration.ofSeconds(20)).until(() -> entry(secondRecord) != null);
        assertEquals(List.of(withJamous), meetingsOf(jamous));

        String merged = UUID.randomUUID().toString();
        publish(EventTypes.PERSON_MERGED, person(secondRecord, 1, jamous), merged);
        await().atMost(Duration.ofSeconds(20)).until(() -> jamous.equals(entry(secondRecord).mergedInto()));
        assertEquals(List.of(withJamous, withSecondRecord), meetingsOf(jamous));
        assertEquals(List.of(withJamous, withSecondRecord), meetingsOf(secondRecord), "the merged id stands for him");

        publish(EventTypes.PERSON_UNMERGED, person(secondRecord, 2, null), UUID.randomUUID().toString());
        // The merge again, redelivered, and a stale copy of it under a new id: neither is newer than the row.
        publish(EventTypes.PERSON_MERGED, person(secondRecord, 1, jamous), merged);
        publish(EventTypes.PERSON_MERGED, person(secondRecord, 1, jamous), UUID.randomUUID().toString());
        String marker = UUID.randomUUID().toString();
        publish(EventTypes.PERSON_UPDATED, person(secondRecord, 3, null), marker);
        await().atMost(Duration.ofSeconds(20)).until(() -> entry(secondRecord).version() == 3);
        assertEquals(null, entry(secondRecord).mergedInto());
        assertEquals(List.of(withJamous), meetingsOf(jamous));
        assertEquals(List.of(withSecondRecord), meetingsOf(secondRecord));
    }

    private static PersonState person(UUID id, long version, UUID mergedInto) {
        return new PersonState(id, version, "بدر جاموس", "Badr Jamous", "د.", List.of(), List.of(), mergedInto);
    }

    private void publish(String type, PersonState state, String eventId) {
        try {
            events.send(Topics.ORGS, state.id().toString(), eventId, type, "person/" + state.id(),
                    EventJson.mapper().writeValueAsString(state));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private PersonDirectory.Entry entry(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> people.find(id).orElse(null));
    }

    private static String schedule(UUID organizer, UUID person) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("""
                        {"kind": "internal_meeting", "titleAr": "اجتماع هيئة التفاوض", "date": "2024-06-10",
                         "organizerId": "%s",
                         "participants": [{"organizationId": "%s", "personId": "%s", "personName": "د. بدر جاموس",
                          "role": "chair"}]}""".formatted(organizer, organizer, person))
                .post("/meetings").then().statusCode(201).extract().path("id");
    }

    private static List<String> meetingsOf(UUID person) {
        return given().auth().oauth2(TestTokens.admin()).queryParam("person", person)
                .get("/meetings").then().statusCode(200).extract().path("items.id");
    }
}
