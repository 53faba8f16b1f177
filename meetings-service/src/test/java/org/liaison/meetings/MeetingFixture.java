package org.liaison.meetings;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.persistence.EntityManager;
import org.liaison.contracts.OrganizationState;
import org.liaison.infra.testing.TestTokens;
import org.liaison.support.directory.OrganizationDirectory;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** What most meeting tests do: organisations in the local directory, meetings through the API, events in the outbox. */
public final class MeetingFixture {

    private final OrganizationDirectory directory;
    private final EntityManager entityManager;

    public MeetingFixture(OrganizationDirectory directory, EntityManager entityManager) {
        this.directory = directory;
        this.entityManager = entityManager;
    }

    /** An organisation the directory knows, as its organization.registered event leaves it. */
    public UUID organization(String nameAr, String nameEn) {
        OrganizationState state = new OrganizationState(UUID.randomUUID(), 0, "civil_society_organization", nameAr,
                nameEn);
        QuarkusTransaction.requiringNew().run(() -> directory.apply(state));
        return state.id();
    }

    public static RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON);
    }

    public static Response post(String body) {
        return admin().body(body).post("/meetings");
    }

    /** Schedules a meeting from a JSON body and gives its id. */
    public static String schedule(String body) {
        return post(body).then().statusCode(201).extract().path("id");
    }

    public static String etag(String id) {
        return admin().get("/meetings/" + id).then().statusCode(200).extract().header("ETag");
    }

    public static Response patch(String id, String body) {
        return admin().header("If-Match", etag(id)).body(body).patch("/meetings/" + id);
    }

    /** The outbox events of a meeting, oldest first: "type version" each. */
    public List<String> events(String meeting) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                        select event_type || ' ' || aggregate_version from outbox_event
                        where aggregate_id = ?1 order by seq""", String.class)
                .setParameter(1, UUID.fromString(meeting)).getResultList().stream().map(String.class::cast).toList());
    }

    /** One field of the latest event's payload, as text ({@code payload #>> path}). */
    public String lastEventField(String meeting, String path) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery("""
                        select payload #>> cast(?2 as text[]) from outbox_event
                        where aggregate_id = ?1 order by seq desc limit 1""", String.class)
                .setParameter(1, UUID.fromString(meeting)).setParameter(2, path).getSingleResult());
    }
}
