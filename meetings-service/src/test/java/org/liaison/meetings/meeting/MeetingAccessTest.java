package org.liaison.meetings.meeting;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.EventJson;
import org.liaison.contracts.OrganizationState;
import org.liaison.contracts.Topics;
import org.liaison.infra.testing.BadInput;
import org.liaison.infra.testing.TestTokens;
import org.liaison.infra.testing.TopicReader;
import org.liaison.meetings.MeetingsTestResource;
import org.liaison.support.directory.OrganizationDirectory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Editors change the meetings their office organises or recorded; a restricted meeting's details are seen
 * only by the offices taking part and admins, in REST and in its events.
 */
@QuarkusTest
@WithTestResource(MeetingsTestResource.class)
class MeetingAccessTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    OrganizationDirectory directory;

    UUID sdcOffice;
    UUID otherOffice;

    @BeforeEach
    void knownOrganizations() {
        sdcOffice = UUID.randomUUID();
        otherOffice = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            directory.apply(new OrganizationState(sdcOffice, 0, "office",
                    "مكتب العلاقات العامة في مجلس سوريا الديمقراطية", null));
            directory.apply(new OrganizationState(otherOffice, 0, "civil_society_organization", "بيتنا", "Baytna"));
        });
    }

    @Test
    void anEditorChangesOnlyMeetingsItsOfficeOrganisesOrRecorded() {
        String organised = schedule(TestTokens.editor(sdcOffice), sdcOffice, false);
        patch(TestTokens.editor(sdcOffice), organised).then().statusCode(200);
        patch(TestTokens.editor(otherOffice), organised).then().statusCode(403).contentType("application/problem+json");
        patch(TestTokens.reader(sdcOffice), organised).then().statusCode(403);
        patch(TestTokens.admin(), organised).then().statusCode(200);

        // Recorded by the other office about a meeting the SDC organised: both offices own it.
        String recorded = schedule(TestTokens.editor(otherOffice), sdcOffice, false);
        patch(TestTokens.editor(otherOffice), recorded).then().statusCode(200);
        patch(TestTokens.editor(sdcOffice), recorded).then().statusCode(200);
        patch(TestTokens.editor(UUID.randomUUID()), recorded).then().statusCode(403);
    }

    @Test
    void readersNeedATokenAndEditorsWrite() {
        given().get("/meetings").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.reader(otherOffice)).contentType(ContentType.JSON)
                .body(body(sdcOffice, false)).post("/meetings").then().statusCode(403);
    }

    @Test
    void aRestrictedMeetingShowsItsDetailsOnlyToThePartiesAndAdmins() {
        String id = schedule(TestTokens.editor(sdcOffice), sdcOffice, true);

        as(TestTokens.reader(sdcOffice)).get("/meetings/" + id).then().statusCode(200)
                .body("titleAr", equalTo("اجتماع مع الأحزاب الأعضاء")).body("redacted", equalTo(false));
        as(TestTokens.admin()).get("/meetings/" + id).then().statusCode(200)
                .body("titleAr", equalTo("اجتماع مع الأحزاب الأعضاء"));
        as(TestTokens.reader(otherOffice)).get("/meetings/" + id).then().statusCode(200)
                .body("titleAr", nullValue())
                .body("titleEn", nullValue())
                .body("redacted", equalTo(true))
                .body("restricted", equalTo(true))
                .body("kind", equalTo("internal_meeting"))
                .body("date", equalTo("2024-06"))
                .body("organizer.nameAr", equalTo("مكتب العلاقات العامة في مجلس سوريا الديمقراطية"));
        as(TestTokens.reader(otherOffice)).queryParam("limit", 200).get("/meetings").then().statusCode(200)
                .body("items.findAll { it.id == '" + id + "' }.titleAr", hasItem(nullValue()));
    }

    @Test
    void aRestrictedMeetingsEventNamesItsPartiesSoSubscribersCanApplyTheSameRule() throws Exception {
        try (TopicReader events = new TopicReader(bootstrapServers, Topics.MEETINGS)) {
            String id = schedule(TestTokens.editor(sdcOffice), sdcOffice, true);
            ConsumerRecord<String, String> record = events.awaitKey(id, Duration.ofSeconds(15));
            JsonNode data = EventJson.mapper().readTree(record.value());
            assertTrue(data.get("restricted").asBoolean());
            assertEquals(sdcOffice.toString(), data.get("parties").get(0).asText());
            assertEquals(sdcOffice.toString(),
                    new String(record.headers().lastHeader("ce_actoroffice").value(), StandardCharsets.UTF_8));
            assertEquals("editor@" + sdcOffice,
                    new String(record.headers().lastHeader("ce_actorsubject").value(), StandardCharsets.UTF_8));
        }
    }

    /**
     * PUT replaces the whole meeting, and a field left out is cleared; for {@code restricted} that would publish a
     * restricted meeting's details by omission, so PUT must say it (422 naming it), and a refused PUT changes nothing.
     */
    @Test
    void l4_aPutWithoutRestrictedIsRefusedAndTheMeetingStaysRestricted() {
        String id = schedule(TestTokens.editor(sdcOffice), sdcOffice, true);
        String etag = as(TestTokens.admin()).get("/meetings/" + id).then().extract().header("ETag");
        var refused = as(TestTokens.editor(sdcOffice)).contentType(ContentType.JSON).header("If-Match", etag).body("""
                        {"kind": "internal_meeting", "titleAr": "اجتماع مع الأحزاب الأعضاء في قامشلو", \
                        "date": "2024-06",
                         "organizerId": "%s"}""".formatted(sdcOffice))
                .put("/meetings/" + id);
        BadInput.assertProblem(refused, 422);
        BadInput.assertNames(refused, "restricted");
        as(TestTokens.reader(otherOffice)).get("/meetings/" + id).then().statusCode(200)
                .body("redacted", equalTo(true)).body("titleAr", nullValue()).header("ETag", etag);
        // Saying it is enough, either way.
        as(TestTokens.editor(sdcOffice)).contentType(ContentType.JSON).header("If-Match", etag).body("""
                        {"kind": "internal_meeting", "titleAr": "اجتماع مع الأحزاب الأعضاء في قامشلو", \
                        "date": "2024-06",
                         "organizerId": "%s", "restricted": true}""".formatted(sdcOffice))
                .put("/meetings/" + id).then().statusCode(200).body("restricted", equalTo(true))
                .body("titleAr", equalTo("اجتماع مع الأحزاب الأعضاء في قامشلو"));
        as(TestTokens.reader(otherOffice)).get("/meetings/" + id).then().body("redacted", equalTo(true));
    }

    private String schedule(String token, UUID organizer, boolean restricted) {
        return as(token).contentType(ContentType.JSON).body(body(organizer, restricted))
                .post("/meetings").then().statusCode(201).extract().path("id");
    }

    private static String body(UUID organizer, boolean restricted) {
        return """
                {"kind": "internal_meeting", "titleAr": "اجتماع مع الأحزاب الأعضاء", "date": "2024-06",
                 "organizerId": "%s", "restricted": %s}""".formatted(organizer, restricted);
    }

    /** Changes the English title, naming the version just read. */
    private static io.restassured.response.Response patch(String token, String id) {
        String etag = as(TestTokens.admin()).get("/meetings/" + id).then().statusCode(200).extract().header("ETag");
        return as(token).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"titleEn\": \"Meeting " + UUID.randomUUID() + "\"}")
                .patch("/meetings/" + id);
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }
}
