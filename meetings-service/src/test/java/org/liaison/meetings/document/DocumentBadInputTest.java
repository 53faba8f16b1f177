package org.liaison.meetings.document;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaison.infra.testing.BadInput;
import org.liaison.infra.testing.TestTokens;
import org.liaison.meetings.MeetingFixture;
import org.liaison.meetings.MeetingsTestResource;
import org.liaison.support.directory.OrganizationDirectory;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaison.infra.testing.BadInput.assertUnchanged;
import static org.liaison.infra.testing.BadInput.counts;
import static org.liaison.meetings.MeetingFixture.schedule;

/**
 * A file that is not what its name says is 415, one over the limit 413, a form missing or misnaming a field 400, a
 * link to something unknown 422, a link to another office's meeting 403: all problem+json naming the field, all
 * writing nothing.
 */
@QuarkusTest
@WithTestResource(MeetingsTestResource.class)
class DocumentBadInputTest {

    static final String[] TABLES = {"document", "document_meeting", "document_recommendation", "document_chunk",
        "outbox_event"};
    static final int MAX_FILE = 20 * 1024 * 1024;
    static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OrganizationDirectory directory;

    @Inject
    EntityManager entityManager;

    UUID council;
    String meeting;

    @BeforeEach
    void aMeeting() {
        council = new MeetingFixture(directory, entityManager).organization("مجلس سوريا الديمقراطية",
                "Syrian Democratic Council");
        meeting = schedule("""
                {"kind": "internal_meeting", "organizerId": "%s",
                 "titleAr": "مكتب العلاقات يجتمع مع الأحزاب والتشكيلات السياسية في «مسـد»"}""".formatted(council));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            text named .pdf                | ورقة عمل.pdf | text
            a PNG named .pdf               | ورقة عمل.pdf | png
            a PDF named .docx              | paper.docx   | pdf
            a PDF header and nothing else  | paper.pdf    | broken-pdf
            a ZIP that is no Word document | paper.docx   | zip
            bytes of no accepted type      | paper.bin    | binary
            """)
    void disguisedFilesAre415(String name, String fileName, String content) {
        byte[] bytes = switch (content) {
            case "text" -> "هذه ليست ورقة عمل".getBytes(StandardCharsets.UTF_8);
            case "png" -> withSignature(PNG_SIGNATURE, 100);
            case "pdf" -> SampleFiles.pdf(SampleFiles.WORKING_PAPER);
            case "broken-pdf" -> "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
            case "zip" -> new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
            default -> new byte[] {0, 1, 2, 3, (byte) 0xfe, (byte) 0xff};
        };
        Upload.Answer answer = refused(415, "file", Upload.workingPaper(fileName, bytes, meeting));
        assertTrue(answer.json().getList("acceptedTypes").contains("application/pdf"), answer.body());
    }

    /** Exactly the limit is stored (and comes back whole); one byte more is 413, also when sent chunked. */
    @Test
    void theFileLimitIs413() {
        byte[] largest = withSignature(PNG_SIGNATURE, MAX_FILE);
        Upload.Answer stored = Upload.workingPaper("largest.png", largest, meeting).post(TestTokens.admin());
        assertEquals(201, stored.status(), stored.body());
        Response content = given().auth().oauth2(TestTokens.admin())
                .get("/documents/" + stored.json().getString("id") + "/content");
        assertArrayEquals(largest, content.asByteArray());

        byte[] tooLarge = withSignature(PNG_SIGNATURE, MAX_FILE + 1);
        Upload.Answer announced = refused(413, null, Upload.workingPaper("too-large.png", tooLarge, meeting));
        assertEquals(MAX_FILE, announced.json().getInt("maxFileSize"));
        Upload chunked = Upload.workingPaper("too-large.png", tooLarge, meeting);
        byte[] body = chunked.bytes();
        Map<String, Long> before = counts(dataSource, TABLES);
        Upload.Answer answer = chunked.send(TestTokens.admin(),
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
        BadInput.assertProblem(413, answer.contentType(), answer.body(), answer.status());
        assertUnchanged(before, counts(dataSource, TABLES));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no title | 400 | title | kind=minutes
            an unknown kind | 400 | kind | title=محضر,kind=report
            a language by name | 400 | language | title=محضر,kind=minutes,language=Arabic
            a date in words | 400 | date | title=محضر,kind=minutes,date=أمس السبت
            a meeting id not UUID | 400 | meetingIds[0] | title=محضر,kind=minutes,meetingIds=اجتماع
            an unknown meeting | 422 | meetingIds[0] | title=محضر,kind=minutes,url=LINK,meetingIds=NONE
            a recommendation | 422 | recommendationIds[0] | kind=letter,title=رسالة,url=LINK,recommendationIds=NONE
            neither file nor url | 400 | file | title=محضر,kind=minutes,meetingIds=MEETING
            a url that is not one | 400 | url | title=محضر,kind=minutes,url=javascript:alert(1)
            """)
    void badFieldsAreRefused(String name, int status, String field, String fields) {
        Upload upload = new Upload();
        for (String pair : fields.split(",")) { // NONE: an id nobody knows; LINK: a url
            String[] kv = pair.split("=", 2);
            upload.field(kv[0], kv[1].replace("NONE", UUID.randomUUID().toString()).replace("MEETING", meeting)
                    .replace("LINK", "https://example.org/minutes"));
        }
        refused(status, field, upload);
    }

    @Test
    void aFileAndAUrlTogetherOrAnEmptyFileAre400() {
        refused(400, "url", Upload.workingPaper("paper.pdf", SampleFiles.pdf(SampleFiles.WORKING_PAPER), meeting)
                .field("url", "https://example.org/paper.pdf"));
        refused(400, "file", Upload.workingPaper("paper.pdf", new byte[0], meeting));
    }

    /** Another office's editors may not add to this meeting's record, and readers add nothing. */
    @Test
    void onlyTheMeetingsOwnersAddItsDocuments() {
        UUID other = new MeetingFixture(directory, entityManager).organization("اليوم التالي", "The Day After");
        byte[] pdf = SampleFiles.pdf(SampleFiles.WORKING_PAPER);
        refused(403, null, Upload.workingPaper("paper.pdf", pdf, meeting), TestTokens.editor(other));
        refused(403, null, Upload.workingPaper("paper.pdf", pdf, meeting), TestTokens.reader(council));
    }

    @Test
    void jsonIsNotAnUpload() {
        Map<String, Long> before = counts(dataSource, TABLES);
        BadInput.assertProblem(given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"title\": \"محضر\", \"kind\": \"minutes\"}").post("/documents"), 415);
        assertUnchanged(before, counts(dataSource, TABLES));
    }

    private Upload.Answer refused(int status, String field, Upload upload) {
        return refused(status, field, upload, TestTokens.admin());
    }

    private Upload.Answer refused(int status, String field, Upload upload, String token) {
        Map<String, Long> before = counts(dataSource, TABLES);
        Upload.Answer answer = upload.post(token);
        BadInput.assertProblem(status, answer.contentType(), answer.body(), answer.status());
        BadInput.assertNames(answer.body(), field);
        assertUnchanged(before, counts(dataSource, TABLES));
        return answer;
    }

    private static byte[] withSignature(byte[] signature, int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 'x');
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        return bytes;
    }
}
