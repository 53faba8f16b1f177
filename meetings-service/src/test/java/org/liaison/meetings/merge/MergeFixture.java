package org.liaison.meetings.merge;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.persistence.EntityManager;
import org.liaison.contracts.EventJson;
import org.liaison.contracts.EventTypes;
import org.liaison.contracts.OrganizationState;
import org.liaison.contracts.Topics;
import org.liaison.infra.testing.CloudEventProducer;
import org.liaison.infra.testing.TestTokens;
import org.liaison.support.directory.OrganizationDirectory;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** What the merge tests do: organisations in the directory, meetings through the API, events through the broker. */
final class MergeFixture {

    private final OrganizationDirectory directory;
    private final EntityManager entityManager;
    private final CloudEventProducer events;

    MergeFixture(OrganizationDirectory directory, EntityManager entityManager, CloudEventProducer events) {
        this.directory = directory;
        this.entityManager = entityManager;
        this.events = events;
    }

    /** An organisation the directory knows at version 0, as its organization.registered event leaves it. */
    OrganizationState organization(String kind, String nameAr, String nameEn) {
        OrganizationState state = new OrganizationState(UUID.randomUUID(), 0, kind, nameAr, nameEn);
        QuarkusTransaction.requiringNew().run(() -> directory.apply(state));
        return state;
    }

    /** Publishes an organisation event as orgs-service does: keyed by the organisation. */
    String publish(String type, OrganizationState state) {
        return publish(type, state, UUID.randomUUID().toString());
    }

    String publish(String type, OrganizationState state, String eventId) {
        try {
            events.send(Topics.ORGS, state.id().toString(), eventId, type, "organization/" + state.id(),
                    EventJson.mapper().writeValueAsString(state));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return eventId;
    }

    /** Waits until everything published on {@code key} so far has been consumed: a marker behind it arrives. */
    void awaitConsumed(UUID key) {
        UUID marker = UUID.randomUUID();
        try {
            events.send(Topics.ORGS, key.toString(), UUID.randomUUID().toString(), EventTypes.ORGANIZATION_REGISTERED,
                    "organization/" + marker, EventJson.mapper().writeValueAsString(
                            new OrganizationState(marker, 0, "office", "علامة", null)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> directoryEntry(marker) != null);
    }

    OrganizationState directoryEntry(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> directory.find(id).orElse(null));
    }

    String schedule(UUID organizer, String titleAr) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("""
                        {"kind": "internal_meeting", "titleAr": "%s", "date": "2024-06", "organizerId": "%s"}"""
                        .formatted(titleAr, organizer))
                .post("/meetings").then().statusCode(201).extract().path("id");
    }

    /** A meeting whose details only its parties (and admins) may see. */
    String scheduleRestricted(UUID organizer, String titleAr) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("""
                        {"kind": "internal_meeting", "titleAr": "%s", "date": "2024-06", "organizerId": "%s", \
                        "restricted": true}"""
                        .formatted(titleAr, organizer))
                .post("/meetings").then().statusCode(201).extract().path("id");
    }

    void changeOrganizer(String meeting, UUID organizer) {
        String etag = given().auth().oauth2(TestTokens.admin()).get("/meetings/" + meeting)
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"organizerId\": \"" + organizer + "\"}")
                .patch("/meetings/" + meeting).then().statusCode(200);
    }

    JsonPath meeting(String id) {
        return given().auth().oauth2(TestTokens.admin()).get("/meetings/" + id).then().statusCode(200).extract()
                .jsonPath();
    }

    /** The meeting's organiser once the merges applied so far are carried out. */
    UUID organizerOf(String meeting) {
        awaitAnnounced();
        return UUID.fromString(meeting(meeting).getString("organizerId"));
    }

    long versionOf(String meeting) {
        return meeting(meeting).getLong("version");
    }

    /**
     * Waits until the merges applied so far have moved their references and the meetings changed have their new
     * versions, events and search rows (both happen after the directory's transaction).
     */
    void awaitAnnounced() {
        await().atMost(Duration.ofSeconds(20)).until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number)
                entityManager.createNativeQuery("select (select count(*) from reference_job)"
                        + " + (select count(*) from meeting_announcement)").getSingleResult()).longValue() == 0));
    }

    /** The meeting.updated events in the outbox for a meeting, oldest first: "version organizerId" each. */
    List<String> updates(String meeting) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                        select aggregate_version || ' ' || (payload ->> 'organizerId') from outbox_event
                        where aggregate_id = ?1 and event_type = ?2 order by seq""", String.class)
                .setParameter(1, UUID.fromString(meeting)).setParameter(2, EventTypes.MEETING_UPDATED)
                .getResultList().stream().map(String.class::cast).toList());
    }
}
