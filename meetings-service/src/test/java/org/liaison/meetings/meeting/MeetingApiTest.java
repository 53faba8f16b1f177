package org.liaison.meetings.meeting;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.EventJson;
import org.liaison.contracts.EventTypes;
import org.liaison.contracts.OrganizationState;
import org.liaison.contracts.Topics;
import org.liaison.infra.testing.CloudEventProducer;
import org.liaison.infra.testing.TestTokens;
import org.liaison.meetings.MeetingsTestResource;
import org.liaison.meetings.OrgsStub;
import org.liaison.support.directory.OrganizationDirectory;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@WithTestResource(MeetingsTestResource.class)
class MeetingApiTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "liaison.orgs.url")
    String orgsUrl;

    @Inject
    OrganizationDirectory directory;

    OrgsStub orgs;
    CloudEventProducer events;

    @BeforeEach
    void start() {
        orgs = new OrgsStub(orgsUrl);
        events = new CloudEventProducer(bootstrapServers);
    }

    @AfterEach
    void stop() {
        orgs.close();
        events.close();
    }

    @Test
    void schedulesAMeetingAndShowsItsOrganizersCurrentName() throws Exception {
        UUID snc = UUID.randomUUID();
        publish(new OrganizationState(snc, 0, "negotiation_body", "هيئة التفاوض السورية",
                "Syrian Negotiation Commission"));
        awaitDirectory(snc, 0);

        String id = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("""
                        {"kind": "expanded_meeting", "titleAr": "اجتماع موسع مع مديري منظمات المجتمع المدني السوري",
                         "titleEn": "Expanded meeting with directors of Syrian civil-society organisations",
                         "date": "2024-06-10", "organizerId": "%s"}""".formatted(snc))
                .post("/meetings")
                .then().statusCode(201)
                .body("date", equalTo("2024-06-10"))
                .body("organizer.nameEn", equalTo("Syrian Negotiation Commission"))
                .extract().path("id");

        publish(new OrganizationState(snc, 1, "negotiation_body", "هيئة التفاوض لقوى الثورة والمعارضة السورية",
                "Syrian Negotiation Commission"));
        awaitDirectory(snc, 1);
        given().auth().oauth2(TestTokens.admin()).get("/meetings/" + id).then().statusCode(200)
                .body("organizer.nameAr", equalTo("هيئة التفاوض لقوى الثورة والمعارضة السورية"))
                .body("titleAr", equalTo("اجتماع موسع مع مديري منظمات المجتمع المدني السوري"));
    }

    @Test
    void asksOrgsServiceForAnOrganizationTheDirectoryHasNotReceivedYet() {
        UUID madaniya = UUID.randomUUID();
        orgs.register(new OrganizationState(madaniya, 0, "initiative", "مبادرة مدنية", "Madaniya"));

        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("""
                        {"kind": "conference", "titleAr": "مؤتمر مبادرة مدنية", "date": "2024", "organizerId": "%s"}"""
                        .formatted(madaniya))
                .post("/meetings")
                .then().statusCode(201)
                .body("date", equalTo("2024"))
                .body("organizer.nameAr", equalTo("مبادرة مدنية"));
        org.junit.jupiter.api.Assertions.assertTrue(
                QuarkusTransaction.requiringNew().call(() -> directory.find(madaniya)).isPresent());
    }

    @Test
    void refusesAnOrganizerNobodyRegistered() {
        long before = count();
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("""
                        {"kind": "conference", "titleAr": "مؤتمر", "organizerId": "%s"}""".formatted(UUID.randomUUID()))
                .post("/meetings")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("organizerId"));
        org.junit.jupiter.api.Assertions.assertEquals(before, count());
    }

    @Test
    void refusesADateThatIsNotAPartialIsoDate() {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("""
                        {"kind": "conference", "titleAr": "مؤتمر", "date": "الثلاثاء المقبل", "organizerId": "%s"}"""
                        .formatted(UUID.randomUUID()))
                .post("/meetings")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("date"));
    }

    private long count() {
        return ((Number) given().auth().oauth2(TestTokens.admin()).get("/meetings?limit=1").then().statusCode(200)
                .extract().path("total")).longValue();
    }

    private void publish(OrganizationState state) throws Exception {
        events.send(Topics.ORGS, state.id().toString(), UUID.randomUUID().toString(),
                state.version() == 0 ? EventTypes.ORGANIZATION_REGISTERED : EventTypes.ORGANIZATION_UPDATED,
                "organization/" + state.id(), EventJson.mapper().writeValueAsString(state));
    }

    private void awaitDirectory(UUID id, long version) {
        await().atMost(Duration.ofSeconds(20)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> directory.find(id).map(s -> s.version() == version).orElse(false)));
    }
}
