package org.liaison.meetings.document;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.EventJson;
import org.liaison.contracts.Topics;
import org.liaison.infra.testing.BadInput;
import org.liaison.infra.testing.TestTokens;
import org.liaison.infra.testing.TopicReader;
import org.liaison.meetings.MeetingFixture;
import org.liaison.meetings.MeetingsTestResource;
import org.liaison.support.directory.OrganizationDirectory;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaison.meetings.MeetingFixture.patch;
import static org.liaison.meetings.MeetingFixture.schedule;
import static org.liaison.meetings.search.SearchFixture.ids;

/**
 * A document of a restricted meeting is seen only by those who may see that meeting: anyone else is answered 404
 * for it and its bytes, and does not find a meeting by its words. A document of several meetings is seen only by
 * those who may see every one of them, so its words are searched only with meetings whose readers may all see it.
 */
@QuarkusTest
@WithTestResource(MeetingsTestResource.class)
class DocumentVisibilityTest {

    /** Article 003: the parties' proposals, to be added to the working paper. */
    static final List<String> PROPOSALS = List.of(
            "قدمت مختلف الأحزاب والتيارات المشاركة في الاجتماع رؤى ومقترحات ستضاف لورقة العمل المقدمة من قبل مكتب"
                    + " العلاقات");

    @Inject
    OrganizationDirectory directory;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    UUID council;
    UUID participant;
    UUID outsider;
    String restricted;
    String open;

    @BeforeEach
    void aRestrictedAndAnOpenMeeting() {
        MeetingFixture fixture = new MeetingFixture(directory, entityManager);
        council = fixture.organization("مجلس سوريا الديمقراطية", "Syrian Democratic Council");
        participant = fixture.organization("مكتب العلاقات العامة", null);
        outsider = fixture.organization("اليوم التالي", "The Day After");
        restricted = schedule("""
                {"kind": "internal_meeting", "organizerId": "%s", "restricted": true,
                 "titleAr": "مكتب العلاقات يجتمع مع الأحزاب والتشكيلات السياسية في «مسـد»",
                 "participants": [{"organizationId": "%s", "role": "participant"}]}"""
                .formatted(council, participant));
        open = schedule("""
                {"kind": "internal_meeting", "organizerId": "%s", "titleAr": "اجتماع مكتب العلاقات"}"""
                .formatted(council));
    }

    @Test
    void aRestrictedMeetingsDocumentIsItsPartiesOnly() throws Exception {
        String id;
        try (TopicReader topic = new TopicReader(bootstrapServers, Topics.MEETINGS)) {
            Upload.Answer created = Upload.workingPaper("paper.pdf", SampleFiles.pdf(SampleFiles.WORKING_PAPER),
                    restricted).post(TestTokens.editor(council));
            assertEquals(201, created.status(), created.body());
            id = created.json().getString("id");
            assertTrue(created.json().getBoolean("restricted"));
            JsonNode data = EventJson.mapper().readTree(topic.awaitKey(id, Duration.ofSeconds(30)).value());
            assertTrue(data.path("restricted").asBoolean(), "the dashboard redacts it for others");
            assertTrue(data.path("parties").toString().contains(participant.toString()), data.toString());
        }
        for (String token : List.of(TestTokens.reader(outsider), TestTokens.reader(UUID.randomUUID()))) {
            BadInput.assertProblem(given().auth().oauth2(token).get("/documents/" + id), 404);
            BadInput.assertProblem(given().auth().oauth2(token).get("/documents/" + id + "/content"), 404);
        }
        for (String token : List.of(TestTokens.reader(participant), TestTokens.reader(council), TestTokens.admin())) {
            given().auth().oauth2(token).get("/documents/" + id).then().statusCode(200);
            given().auth().oauth2(token).get("/documents/" + id + "/content").then().statusCode(200);
        }
        Map<String, Object> words = Map.of("q", "هيكلية المكتب ومهامه", "organization", council);
        assertEquals(List.of(), ids(TestTokens.reader(outsider), words));
        assertEquals(List.of(restricted), ids(TestTokens.reader(participant), words));
    }

    @Test
    void aDocumentOfSeveralMeetingsIsSeenByThoseWhoSeeThemAll() {
        Upload.Answer created = Upload.workingPaper("proposals.docx", SampleFiles.docx(PROPOSALS), open, restricted)
                .post(TestTokens.editor(council));
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        BadInput.assertProblem(given().auth().oauth2(TestTokens.reader(outsider)).get("/documents/" + id), 404);
        given().auth().oauth2(TestTokens.reader(participant)).get("/documents/" + id).then().statusCode(200);
        // The open meeting's list of documents leaves it out for those who may not see it.
        assertEquals(List.of(), documentsOf(open, TestTokens.reader(outsider)));
        assertEquals(List.of(id), documentsOf(open, TestTokens.reader(participant)));

        // Its words are not in the open meeting's search row, which the outsider may read.
        Map<String, Object> words = Map.of("q", "رؤى ومقترحات", "organization", council);
        assertEquals(List.of(), ids(TestTokens.reader(outsider), words));
        assertEquals(List.of(restricted), ids(TestTokens.reader(participant), words));

        // Once the other meeting is open too, everyone sees the document and finds both meetings by it.
        patch(restricted, "{\"restricted\": false}").then().statusCode(200);
        given().auth().oauth2(TestTokens.reader(outsider)).get("/documents/" + id).then().statusCode(200);
        assertEquals(List.of(open, restricted).stream().sorted().toList(),
                ids(TestTokens.reader(outsider), words).stream().sorted().toList());
    }

    private static List<String> documentsOf(String meeting, String token) {
        return given().auth().oauth2(token).get("/meetings/" + meeting + "/documents").then().statusCode(200)
                .extract().path("items.id");
    }
}
