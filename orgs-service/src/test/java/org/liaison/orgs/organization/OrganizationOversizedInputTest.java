package org.liaison.orgs.organization;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaison.infra.testing.BadInput;
import org.liaison.infra.testing.BadInputCase;
import org.liaison.infra.testing.BadInputClient;
import org.liaison.infra.testing.TestTokens;
import org.liaison.orgs.OrgsTestResource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.Socket;
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
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaison.infra.testing.BadInput.assertProblem;
import static org.liaison.infra.testing.BadInput.assertUnchanged;
import static org.liaison.infra.testing.BadInput.counts;
import static org.liaison.orgs.organization.OrganizationBadInputTest.TABLES;
import static org.liaison.orgs.organization.OrganizationBadInputTest.admin;

/**
 * Bodies at the size limit ({@code liaison.http.max-body-size=256K}) are read, one byte more is 413 whether
 * the size is announced (Content-Length) or only found while reading (chunked); bodies that break the JSON
 * read limits (text length, nesting, encoding) are 400. All problem+json, all writing nothing.
 */
@QuarkusTest
@WithTestResource(OrgsTestResource.class)
class OrganizationOversizedInputTest {

    static final int LIMIT = 256 * 1024;

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/organizations")
    URI organizations;

    /**
     * A registration of exactly {@code size} bytes: 301 Arabic letters (one too many, so that a body that is read
     * is refused for its name), padded with spaces between the JSON tokens.
     */
    static byte[] registration(int size) {
        byte[] head = ("{\"kind\": \"council\", \"nameAr\": \"" + "م".repeat(301) + "\"")
                .getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        out.writeBytes(head);
        out.writeBytes(" ".repeat(size - head.length - 1).getBytes(StandardCharsets.US_ASCII));
        out.write('}');
        assertEquals(size, out.size());
        return out.toByteArray();
    }

    /**
     * The sizes are cases of embedded-infra's {@code bad-input/orgs-service/organization-sizes.csv}, which fault F7
     * also sends.
     */
    @ParameterizedTest(name = "Content-Length: {0}")
    @MethodSource
    void announcedSize(String name, BadInputCase badInput) {
        BadInputCase filled = badInput.filled(Map.of());
        int size = Integer.parseInt(name.substring(0, name.indexOf(' ')));
        assertEquals(size, filled.body().getBytes(StandardCharsets.UTF_8).length);
        assertEquals(new String(registration(size), StandardCharsets.UTF_8), filled.body());
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
        return BadInputCase.arguments("orgs-service/organization-sizes.csv");
    }

    /**
     * A client that sends the whole body before it reads (Apache HttpClient 4, under REST Assured, does) must still
     * get the 413: the server answers early, then reads and discards the announced body before it closes. Closing
     * at once made the client's write fail with a broken pipe, or a reset that threw the answer away.
     */
    @Test
    void aClientThatWritesItsWholeBodyFirstStillReadsThe413() throws Exception {
        byte[] body = registration(LIMIT + 1);
        try (Socket socket = new Socket(organizations.getHost(), organizations.getPort())) {
            socket.setSoTimeout(10_000);
            var out = socket.getOutputStream();
            out.write(("POST /organizations HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Authorization: Bearer " + TestTokens.admin() + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // Give the server time to answer and, before the fix, to close.
            Thread.sleep(300);
            out.write(body);
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 413 "), answer);
            assertTrue(answer.contains("application/problem+json") && answer.contains("\"maxBodySize\":" + LIMIT),
                    answer);
        }
    }

    @ParameterizedTest(name = "chunked: limit {0} bytes → {1}")
    @CsvSource({"-1, 400", "0, 400", "1, 413"})
    void chunkedSize(int offset, int status) throws Exception {
        byte[] body = registration(LIMIT + offset);
        assertSent(status, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
    }

    @ParameterizedTest(name = "read limit: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            text of 100000 chars (the longest readable, too long a name) | 100000
            text of 100001 chars (above the parser's limit)               | 100001
            """)
    void longestText(String name, int length) throws Exception {
        String body = "{\"kind\": \"council\", \"nameAr\": \"" + "م".repeat(length) + "\"}";
        assertSent(400, HttpRequest.BodyPublishers.ofString(body));
    }

    @ParameterizedTest(name = "read limit: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            arrays nested 33 deep        | 33
            arrays nested 10000 deep     | 10000
            """)
    void deepNesting(String name, int depth) throws Exception {
        assertSent(400, HttpRequest.BodyPublishers.ofString("[".repeat(depth) + "]".repeat(depth)));
        assertSent(400, HttpRequest.BodyPublishers.ofString(
                "{\"kind\": \"council\", \"nameAr\": " + "{\"a\": ".repeat(depth) + "1" + "}".repeat(depth) + "}"));
    }

    @ParameterizedTest(name = "bytes: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            invalid UTF-8 start byte    | ff
            truncated UTF-8 sequence    | d9
            UTF-8 encoded surrogate     | eda080
            """)
    void invalidUtf8(String name, String hex) throws Exception {
        byte[] head = "{\"kind\": \"council\", \"nameAr\": \"م".getBytes(StandardCharsets.UTF_8);
        byte[] bad = HexFormat.of().parseHex(hex);
        byte[] tail = "\"}".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head);
        out.writeBytes(bad);
        out.writeBytes(tail);
        assertSent(400, HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()));
    }

    @ParameterizedTest(name = "bytes: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            overlong UTF-8 encoding of / | c0af
            overlong UTF-8 encoding of " | c0a2
            """)
    void overlongUtf8(String name, String hex) throws Exception {
        invalidUtf8(name, hex);
    }

    @ParameterizedTest(name = "read limit: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            field name of 60000 chars | name
            number of 2000 digits     | number
            10000 unknown fields      | fields
            """)
    void otherLimits(String name, String what) throws Exception {
        String body = switch (what) {
            case "name" -> "{\"" + "k".repeat(60000) + "\": 1, \"kind\": \"council\", \"nameAr\": \"مسد\"}";
            case "number" -> "{\"kind\": \"council\", \"nameAr\": \"مسد\", \"nameEn\": " + "9".repeat(2000) + "}";
            default -> {
                StringBuilder b = new StringBuilder("{\"kind\": \"council\", \"nameAr\": \"مسد\"");
                for (int i = 0; i < 10000; i++) {
                    b.append(", \"f").append(i).append("\": ").append(i);
                }
                yield b.append('}').toString();
            }
        };
        assertSent(400, HttpRequest.BodyPublishers.ofString(body));
    }

    /** Refused by service-support's RequestHeadLimit ahead of everything else, as problem+json naming the part. */
    @ParameterizedTest(name = "request head: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            request line over 4096 bytes (cursor of 5000) | 414 | cursor
            Idempotency-Key of 30000 chars                | 431 | Idempotency-Key
            If-Match of 30000 chars                       | 431 | If-Match
            """)
    void oversizedRequestHead(String name, int status, String where) {
        Map<String, Long> before = counts(dataSource, TABLES);
        String value = "k".repeat(where.equals("cursor") ? 5000 : 30000);
        var response = where.equals("cursor") ? admin().queryParam("cursor", value).get("/organizations")
                : admin().contentType(ContentType.JSON).header(where, '"' + value + '"')
                        .body("{\"kind\": \"council\", \"nameAr\": \"مسد\"}").post("/organizations");
        assertProblem(response, status);
        BadInput.assertNames(response.asString(), where);
        assertUnchanged(before, counts(dataSource, TABLES));
    }

    /** Sends with java.net.http (HTTP/1.1), whose stream publisher has no length and so goes chunked. */
    private void assertSent(int status, HttpRequest.BodyPublisher body) throws Exception {
        Map<String, Long> before = counts(dataSource, TABLES);
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(organizations)
                .header("Authorization", "Bearer " + TestTokens.admin())
                .header("Content-Type", "application/json")
                .POST(body).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertProblem(status, response.headers().firstValue("Content-Type").orElse(""), response.body(),
                response.statusCode());
        assertUnchanged(before, counts(dataSource, TABLES));
    }
}
