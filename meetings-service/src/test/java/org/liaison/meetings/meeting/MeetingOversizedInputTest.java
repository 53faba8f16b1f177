package org.liaison.meetings.meeting;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaison.contracts.OrganizationState;
import org.liaison.infra.testing.BadInput;
import org.liaison.infra.testing.BadInputCase;
import org.liaison.infra.testing.BadInputClient;
import org.liaison.infra.testing.TestTokens;
import org.liaison.meetings.MeetingsTestResource;
import org.liaison.support.directory.OrganizationDirectory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.liaison.infra.testing.BadInput.assertProblem;
import static org.liaison.infra.testing.BadInput.assertUnchanged;
import static org.liaison.infra.testing.BadInput.counts;
import static org.liaison.meetings.meeting.MeetingBadInputTest.ORGANIZER;
import static org.liaison.meetings.meeting.MeetingBadInputTest.TABLES;
import static org.liaison.meetings.meeting.MeetingBadInputTest.admin;

/**
 * Bodies at the size limit ({@code liaison.http.max-body-size=256K}) are read, one byte more is 413 whether
 * the size is announced (Content-Length) or only found while reading (chunked); bodies that break the JSON
 * read limits are 400. All problem+json, all writing nothing. The organiser is known, so only size decides.
 */
@QuarkusTest
@WithTestResource(MeetingsTestResource.class)
class MeetingOversizedInputTest {

    static final int LIMIT = 256 * 1024;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OrganizationDirectory directory;

    @TestHTTPResource("/meetings")
    URI meetings;

    @BeforeEach
    void knownOrganizer() {
        QuarkusTransaction.requiringNew().run(() -> directory.apply(
                new OrganizationState(ORGANIZER, 0, "council", "مجلس سوريا الديمقراطية", null)));
    }

    /** A meeting of exactly {@code size} bytes: a title of 501 Arabic letters (one too many), padded with spaces. */
    static byte[] meeting(int size) {
        byte[] head = ("{\"kind\": \"conference\", \"organizerId\": \"" + ORGANIZER + "\", \"titleAr\": \""
                + "م".repeat(501) + "\"").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        out.writeBytes(head);
        out.writeBytes(" ".repeat(size - head.length - 1).getBytes(StandardCharsets.US_ASCII));
        out.write('}');
        assertEquals(size, out.size());
        return out.toByteArray();
    }

    /**
     * The sizes are cases of embedded-infra's {@code bad-input/meetings-service/meeting-sizes.csv}, which fault F7 also
     * sends.
     */
    @ParameterizedTest(name = "Content-Length: {0}")
    @MethodSource
    void announcedSize(String name, BadInputCase badInput) {
        BadInputCase filled = badInput.filled(Map.of("organizer", ORGANIZER.toString()));
        int size = Integer.parseInt(name.substring(0, name.indexOf(' ')));
        assertEquals(size, filled.body().getBytes(StandardCharsets.UTF_8).length);
        assertEquals(new String(meeting(size), StandardCharsets.UTF_8), filled.body());
        Map<String, Long> before = counts(dataSource, TABLES);
        BadInputClient.Answer answer = new BadInputClient(Duration.ofSeconds(60))
                .send(RestAssured.baseURI + ":" + RestAssured.port, filled);
        assertProblem(filled.status(), answer.contentType(), answer.body(), answer.status());
        if (filled.status() == 413) {
            assertEquals(LIMIT, JsonPath.from(answer.body()).getInt("maxBodySize"));
        }
        assertUnchanged(before, counts(dataSource, TABLES));
    }

    static Stream<Object[]> announcedSize() {
        return BadInputCase.arguments("meetings-service/meeting-sizes.csv");
    }

    @ParameterizedTest(name = "chunked: limit {0} bytes → {1}")
    @CsvSource({"-1, 400", "0, 400", "1, 413"})
    void chunkedSize(int offset, int status) throws Exception {
        byte[] body = meeting(LIMIT + offset);
        assertSent(status, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
    }

    @ParameterizedTest(name = "read limit: title of {0} chars")
    @CsvSource({"100000", "100001"})
    void longestText(int length) throws Exception {
        assertSent(400, HttpRequest.BodyPublishers.ofString("{\"kind\": \"conference\", \"organizerId\": \"" + ORGANIZER
                + "\", \"titleAr\": \"" + "م".repeat(length) + "\"}"));
    }

    @ParameterizedTest(name = "read limit: nested {0} deep")
    @CsvSource({"33", "5000"})
    void deepNesting(int depth) throws Exception {
        assertSent(400, HttpRequest.BodyPublishers.ofString("{\"kind\": \"conference\", \"organizerId\": \"" + ORGANIZER
                + "\", \"date\": " + "[".repeat(depth) + "]".repeat(depth) + "}"));
    }

    @ParameterizedTest(name = "bytes: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            invalid UTF-8 start byte | fe
            truncated UTF-8 sequence | d8
            UTF-8 encoded surrogate  | edb080
            """)
    void invalidUtf8(String name, String hex) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("{\"kind\": \"conference\", \"organizerId\": \"" + ORGANIZER + "\", \"titleAr\": \"م")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(HexFormat.of().parseHex(hex));
        out.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
        assertSent(400, HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()));
    }

    @ParameterizedTest(name = "bytes: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            overlong UTF-8 encoding of / | c0af
            """)
    void overlongUtf8(String name, String hex) throws Exception {
        invalidUtf8(name, hex);
    }

    /** Refused by service-support's RequestHeadLimit ahead of everything else, as problem+json naming the part. */
    @ParameterizedTest(name = "request head: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            request line over 4096 bytes (cursor of 5000) | 414 | cursor
            If-Match of 30000 chars                       | 431 | If-Match
            """)
    void oversizedRequestHead(String name, int status, String where) {
        Map<String, Long> before = counts(dataSource, TABLES);
        String value = "k".repeat(where.equals("cursor") ? 5000 : 30000);
        var response = where.equals("cursor") ? admin().queryParam("cursor", value).get("/meetings")
                : admin().contentType(ContentType.JSON).header(where, '"' + value + '"').body("{\"titleEn\": \"x\"}")
                        .patch("/meetings/" + ORGANIZER);
        assertProblem(response, status);
        BadInput.assertNames(response.asString(), where);
        assertUnchanged(before, counts(dataSource, TABLES));
    }

    /** Sends with java.net.http (HTTP/1.1), whose stream publisher has no length and so goes chunked. */
    private void assertSent(int status, HttpRequest.BodyPublisher body) throws Exception {
        Map<String, Long> before = counts(dataSource, TABLES);
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(meetings)
                        .header("Authorization", "Bearer " + TestTokens.admin())
                        .header("Content-Type", "application/json")
                        .POST(body).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertProblem(status, response.headers().firstValue("Content-Type").orElse(""), response.body(),
                response.statusCode());
        assertUnchanged(before, counts(dataSource, TABLES));
    }
}
