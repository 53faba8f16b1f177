package org.liaison.meetings.document;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.CloudEventHeaders;
import org.liaison.contracts.EventJson;
import org.liaison.contracts.EventTypes;
import org.liaison.contracts.Topics;
import org.liaison.infra.testing.BadInput;
import org.liaison.infra.testing.TestTokens;
import org.liaison.infra.testing.TopicReader;
import org.liaison.meetings.MeetingFixture;
import org.liaison.meetings.MeetingsTestResource;
import org.liaison.support.directory.OrganizationDirectory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaison.meetings.MeetingFixture.schedule;
import static org.liaison.meetings.search.SearchFixture.ids;

/**
 * Documents go in as a multipart form and come back byte for byte, with the type read from their bytes, their
 * SHA-256 as ETag and Repr-Digest, and their uploaded name; their words find their meeting; their event reaches
 * meetings.events through the real broker, without the bytes.
 */
@QuarkusTest
@WithTestResource(MeetingsTestResource.class)
class DocumentApiTest {

    @Inject
    OrganizationDirectory directory;

    @Inject
    EntityManager entityManager;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    UUID council;
    String meeting;

    /** Article 003: the relations office of the Syrian Democratic Council meets the parties of «مسد» in Qamishli. */
    @BeforeEach
    void theMeetingOfArticle003() {
        council = new MeetingFixture(directory, entityManager).organization("مجلس سوريا الديمقراطية",
                "Syrian Democratic Council");
        meeting = schedule("""
                {"kind": "internal_meeting", "organizerId": "%s",
                 "titleAr": "مكتب العلاقات يجتمع مع الأحزاب والتشكيلات السياسية في «مسـد»",
                 "place": {"cityAr": "قامشلو", "country": "SY"}}""".formatted(council));
    }

    @Test
    void aPdfRoundTripsByteForByte() throws Exception {
        byte[] pdf = SampleFiles.pdf(SampleFiles.WORKING_PAPER);
        String name = "ورقة عمل مكتب العلاقات.pdf";
        Upload.Answer created = Upload.workingPaper(name, pdf, meeting).field("date", "2023-03-01")
                .post(TestTokens.editor(council));
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertEquals(sha256, created.json().getString("sha256"));
        assertEquals("application/pdf", created.json().getString("mediaType"));

        Response metadata = given().auth().oauth2(TestTokens.reader(UUID.randomUUID())).get("/documents/" + id);
        metadata.then().statusCode(200);
        assertEquals("ورقة عمل مكتب العلاقات", metadata.path("title"));
        assertEquals("working_paper", metadata.path("kind"));
        assertEquals("ar", metadata.path("language"));
        assertEquals("2023-03-01", metadata.path("date"));
        assertEquals(name, metadata.path("fileName"));
        assertEquals(pdf.length, metadata.<Integer>path("sizeBytes"));
        assertEquals(List.of(meeting), metadata.path("meetingIds"));
        assertEquals("/documents/" + id + "/content", metadata.path("content"));

        Response content = given().auth().oauth2(TestTokens.reader(UUID.randomUUID()))
                .get("/documents/" + id + "/content");
        content.then().statusCode(200);
        assertArrayEquals(pdf, content.asByteArray());
        assertEquals("application/pdf", content.contentType());
        assertEquals('"' + sha256 + '"', content.header("ETag"));
        assertEquals("sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256)) + ":",
                content.header("Repr-Digest"));
        assertEquals("attachment; filename=\"____ ___ ____ ________.pdf\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"),
                content.header("Content-Disposition"));
        assertEquals("nosniff", content.header("X-Content-Type-Options"));
        assertEquals("default-src 'none'; sandbox", content.header("Content-Security-Policy"));
        given().auth().oauth2(TestTokens.admin()).header("If-None-Match", '"' + sha256 + '"')
                .get("/documents/" + id + "/content").then().statusCode(304);
    }

    @Test
    void aRetriedUploadWithItsIdempotencyKeyIsOneDocument() {
        byte[] pdf = SampleFiles.pdf(SampleFiles.WORKING_PAPER);
        String key = "upload-" + UUID.randomUUID();
        Upload.Answer first = Upload.workingPaper("paper.pdf", pdf, meeting).header("Idempotency-Key", key)
                .post(TestTokens.editor(council));
        assertEquals(201, first.status(), first.body());
        Upload.Answer again = Upload.workingPaper("paper.pdf", pdf, meeting).header("Idempotency-Key", key)
                .post(TestTokens.editor(council));
        assertEquals(201, again.status(), again.body());
        assertEquals(first.json().getString("id"), again.json().getString("id"), "the first answer, replayed");
        byte[] other = SampleFiles.pdf(List.of("ورقة عمل أخرى"));
        Upload.Answer otherBytes = Upload.workingPaper("paper.pdf", other, meeting).header("Idempotency-Key", key)
                .post(TestTokens.editor(council));
        assertEquals(422, otherBytes.status(), "the same key for another file: " + otherBytes.body());
        given().auth().oauth2(TestTokens.admin()).get("/meetings/" + meeting + "/documents").then().statusCode(200)
                .body("items.findAll { it.id == '" + first.json().getString("id") + "' }.size()", equalTo(1));
    }

    /** Larger than one stored chunk, with a last chunk that is not full: the pieces join up exactly. */
    @Test
    void aFileOfSeveralChunksRoundTrips() {
        byte[] image = new byte[DocumentChunks.CHUNK_BYTES * 2 + 12_345];
        new Random(3).nextBytes(image);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, image, 0, 8);
        Upload.Answer created = new Upload().field("title", "صورة من الاجتماع").field("kind", "minutes")
                .field("meetingIds", meeting).file("photo.png", image).post(TestTokens.admin());
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        assertEquals("image/png", created.json().getString("mediaType"));
        assertEquals(Map.of("document_chunk", 3L), Map.of("document_chunk", chunks(id)));
        Response content = given().auth().oauth2(TestTokens.admin()).get("/documents/" + id + "/content");
        assertEquals(String.valueOf(image.length), content.header("Content-Length"));
        assertArrayEquals(image, content.asByteArray());
    }

    @Test
    void aDocumentsWordsFindItsMeeting() {
        String reader = TestTokens.reader(UUID.randomUUID());
        // Other tests' meetings have this paper too: the organiser tells this one apart.
        Map<String, Object> words = Map.of("q", "هيكلية المكتب ومهامه", "organization", council);
        assertEquals(List.of(), ids(reader, words), "not before the document");
        Upload.Answer created = Upload.workingPaper("paper.docx", SampleFiles.docx(SampleFiles.WORKING_PAPER),
                meeting).post(TestTokens.editor(council));
        assertEquals(201, created.status(), created.body());
        assertEquals(List.of(meeting), ids(reader, words));
        assertEquals(List.of(meeting), ids(reader, Map.of("q", "ممثليات", "organization", council)));
    }

    /** Article 003's agenda item on the working paper concerns the paper, once it is one of the meeting's documents. */
    @Test
    void anAgendaItemConcernsDocumentsOfItsOwnMeetingOnly() {
        Upload.Answer created = Upload.workingPaper("paper.pdf", SampleFiles.pdf(SampleFiles.WORKING_PAPER), meeting)
                .post(TestTokens.editor(council));
        assertEquals(201, created.status(), created.body());
        String paper = created.json().getString("id");
        String other = schedule("""
                {"kind": "internal_meeting", "titleAr": "اجتماع آخر", "organizerId": "%s"}""".formatted(council));
        String item = """
                {"agenda": [{"title": "ورقة عمل مكتب العلاقات: هيكلية المكتب ومهامه", "documentIds": ["%s"]}]}"""
                .formatted(paper);
        MeetingFixture.patch(other, item).then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("agenda[0].documentIds[0]"));
        MeetingFixture.patch(meeting, item).then().statusCode(200)
                .body("agenda[0].documentIds", contains(paper));
    }

    @Test
    void aLinkIsADocumentWithoutBytes() {
        Upload.Answer created = new Upload().field("title", "البيان الختامي").field("kind", "final_statement")
                .field("url", "https://example.org/statement").field("meetingIds", meeting).post(TestTokens.admin());
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        assertEquals("https://example.org/statement", created.json().getString("url"));
        assertEquals(null, created.json().getString("content"));
        BadInput.assertProblem(given().auth().oauth2(TestTokens.admin()).get("/documents/" + id + "/content"), 404);
    }

    @Test
    void itsEventCarriesTheMetadataNotTheBytes() throws Exception {
        byte[] pdf = SampleFiles.pdf(SampleFiles.WORKING_PAPER);
        try (TopicReader topic = new TopicReader(bootstrapServers, Topics.MEETINGS)) {
            Upload.Answer created = Upload.workingPaper("paper.pdf", pdf, meeting).post(TestTokens.editor(council));
            assertEquals(201, created.status(), created.body());
            String id = created.json().getString("id");
            ConsumerRecord<String, String> record = topic.awaitKey(id, Duration.ofSeconds(30));
            assertEquals(EventTypes.DOCUMENT_RECORDED, new String(record.headers()
                    .lastHeader(CloudEventHeaders.TYPE).value(), StandardCharsets.UTF_8));
            JsonNode data = EventJson.mapper().readTree(record.value());
            assertEquals("ورقة عمل مكتب العلاقات", data.path("title").asText());
            assertEquals(created.json().getString("sha256"), data.path("sha256").asText());
            assertEquals(meeting, data.path("meetingIds").path(0).asText());
            assertFalse(data.path("restricted").asBoolean());
            assertTrue(record.value().length() < 2_000, "no bytes in the event: " + record.value().length());
        }
    }

    private long chunks(String id) {
        try (var connection = dataSource.getConnection();
             var select = connection.prepareStatement("select count(*) from document_chunk where document_id = ?")) {
            select.setObject(1, UUID.fromString(id));
            try (var rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
