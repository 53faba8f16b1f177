package org.liaison.recommendations.directory;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaison.contracts.MeetingState;
import org.liaison.contracts.OrganizationState;
import org.liaison.contracts.PartialDate;
import org.liaison.infra.LocalKeys;
import org.liaison.infra.LocalTokens;
import org.liaison.infra.testing.TestTokens;
import org.liaison.recommendations.RecommendationsTestResource;
import org.liaison.support.directory.OrganizationDirectory;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.liaison.infra.testing.BadInput.assertProblem;
import static org.liaison.infra.testing.BadInput.assertUnchanged;
import static org.liaison.infra.testing.BadInput.counts;

/**
 * The directory is read-only: ids that are not UUIDs, unknown ids, injection strings in the path, wrong methods,
 * wrong Accept, bodies sent to GET and callers without a valid token are each answered with the exact 4xx as
 * problem+json that gives nothing away, and nothing is written to either directory or the outbox. Placeholders:
 * {@code {org}} and {@code {meeting}} are entries the directory holds, {@code {random}} an id it never received.
 * Paths are sent exactly as written (already percent-encoded).
 */
@QuarkusTest
@WithTestResource(RecommendationsTestResource.class)
class DirectoryBadInputTest {

    static final String[] TABLES = {"directory_meeting", "directory_organization", "outbox_event"};
    static final UUID ORG = UUID.randomUUID();
    static final UUID MEETING = UUID.randomUUID();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    MeetingDirectory meetings;

    @BeforeEach
    void knownEntries() {
        QuarkusTransaction.requiringNew().run(() -> {
            organizations.apply(new OrganizationState(ORG, 0, "council", "مجلس سوريا الديمقراطية", null));
            meetings.apply(new MeetingState(MEETING, 0, "annual_meeting", "الاجتماع السنوي", null,
                    PartialDate.ofYear(2024), ORG, false, List.of(ORG)));
        });
        given().auth().oauth2(TestTokens.admin()).get("/directory/meetings/" + MEETING).then().statusCode(200);
    }

    @ParameterizedTest(name = "GET {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            unknown organisation        | /directory/organizations/{random}
            unknown meeting             | /directory/meetings/{random}
            nil UUID                    | /directory/meetings/00000000-0000-0000-0000-000000000000
            max UUID                    | /directory/organizations/ffffffff-ffff-ffff-ffff-ffffffffffff
            upper-case unknown UUID     | /directory/meetings/{RANDOM}
            short UUID form 1-1-1-1-1   | /directory/meetings/1-1-1-1-1
            meeting id as organisation  | /directory/organizations/{meeting}
            organisation id as meeting  | /directory/meetings/{org}
            not a UUID                  | /directory/meetings/nope
            a number                    | /directory/organizations/123
            a date                      | /directory/meetings/2024-06-10
            UUID without hyphens        | /directory/meetings/{hex}
            UUID in braces              | /directory/meetings/%7B{random}%7D
            UUID and one more digit     | /directory/meetings/{random}0
            UUID one digit short        | /directory/organizations/{short}
            UUID with a leading space   | /directory/meetings/%20{random}
            UUID with a non-hex digit   | /directory/meetings/{random-g}
            SQL injection               | /directory/meetings/'%20OR%20'1'='1
            SQL injection with UUID     | /directory/organizations/{random}'%3B%20drop%20table%20directory_meeting%3B--
            script                      | /directory/meetings/%3Cscript%3Ealert(1)%3C%2Fscript%3E
            template                    | /directory/meetings/%7B%7B7*7%7D%7D
            JNDI lookup                 | /directory/organizations/%24%7Bjndi:ldap:%2F%2Fx%2Fa%7D
            NUL byte                    | /directory/meetings/%00
            encoded path traversal      | /directory/meetings/..%2F..%2Fq%2Fhealth
            Arabic text                 | /directory/organizations/%D9%85%D8%B3%D8%AF
            bidi override               | /directory/meetings/%E2%80%AE{random}
            emoji                       | /directory/meetings/%F0%9F%98%80
            3000 characters             | /directory/meetings/{long}
            no id                       | /directory/meetings/
            unknown collection          | /directory/people/{random}
            directory root              | /directory
            one segment too many        | /directory/meetings/{meeting}/organizer
            """)
    void answersNotFound(String name, String path) {
        assertRefused(404, () -> admin().urlEncodingEnabled(false).get(fill(path)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            POST   | /directory/meetings/{meeting}
            PUT    | /directory/meetings/{meeting}
            PATCH  | /directory/meetings/{meeting}
            DELETE | /directory/meetings/{meeting}
            POST   | /directory/organizations/{org}
            PUT    | /directory/organizations/{org}
            PATCH  | /directory/organizations/{org}
            DELETE | /directory/organizations/{org}
            DELETE | /directory/meetings/{random}
            """)
    void refusesAnotherMethod(String method, String path) {
        assertRefused(405, () -> admin().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"id\": \"" + MEETING + "\", \"version\": 99, \"titleAr\": \"مخترق\"}").request(method, fill(path)));
    }

    @ParameterizedTest(name = "Accept: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            application/xml         | /directory/meetings/{meeting}
            text/html               | /directory/organizations/{org}
            text/plain              | /directory/meetings/{meeting}
            image/png               | /directory/organizations/{org}
            application/atom+xml    | /directory/meetings/{meeting}
            text/csv, text/xml      | /directory/organizations/{org}
            """)
    void refusesAnUnacceptableMediaType(String accept, String path) {
        assertRefused(406, () -> admin().accept(accept).get(fill(path)));
    }

    @ParameterizedTest(name = "body on GET: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            JSON body, unknown id          | application/json | {"id": "{meeting}"}     | /directory/meetings/{random}       | 404
            malformed body, unknown id     | application/json | {"id":                  | /directory/organizations/{random}  | 404
            XML body, unknown id           | application/xml  | <id>{meeting}</id>      | /directory/meetings/{random}       | 404
            body over the size limit       | application/json | <<262145>>              | /directory/meetings/{meeting}      | 413
            """)
    void answersAGetWithABodyAsIfItHadNone(String name, String contentType, String body, String path, int status) {
        String sent = body.equals("<<262145>>") ? " ".repeat(262145) : fill(body);
        assertRefused(status, () -> admin().contentType(contentType).body(sent).get(fill(path)));
    }

    @ParameterizedTest(name = "caller: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            no token                       | 401
            not a JWT                      | 401
            empty bearer token             | 401
            basic authentication           | 401
            expired token                  | 401
            token signed with another key  | 401
            token for an unknown role      | 403
            """)
    void refusesACallerWithoutAValidToken(String name, int status) throws Exception {
        RequestSpecification request = switch (name) {
            case "no token" -> given();
            case "not a JWT" -> given().header("Authorization", "Bearer ' OR 1=1 --");
            case "empty bearer token" -> given().header("Authorization", "Bearer ");
            case "basic authentication" -> given().auth().preemptive().basic("admin", "admin");
            case "expired token" -> given().auth().oauth2(new LocalTokens(TestTokens.keys())
                    .issue(ORG, "admin", "admin@past", Duration.ofMinutes(-10)));
            case "token signed with another key" -> given().auth().oauth2(new LocalTokens(
                    LocalKeys.inDirectory(Files.createTempDirectory("other-keys"))).issue(ORG, "admin", "mallory", Duration.ofHours(1)));
            default -> given().auth().oauth2(TestTokens.issue(ORG, "janitor"));
        };
        assertRefused(status, () -> request.get("/directory/meetings/" + MEETING));
    }

    @ParameterizedTest(name = "request head: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            id of 5000 characters (request line over 4096 bytes) | 414
            Accept header of 30000 characters                    | 431
            """)
    @Disabled("BUG: an over-long request line (GET /directory/meetings/<5000 chars>) is answered 414 and an over-long "
            + "header (Accept of 30000 chars) 431, both with an empty body and no Content-Type, not problem+json")
    void refusesAnOversizedRequestHead(String name, int status) {
        assertRefused(status, () -> status == 414 ? admin().get("/directory/meetings/" + "a".repeat(5000))
                : admin().header("Accept", "application/json, " + "x/y, ".repeat(6000)).get("/directory/meetings/" + MEETING));
    }

    private void assertRefused(int status, Supplier<Response> call) {
        Map<String, Long> before = counts(dataSource, TABLES);
        assertProblem(call.get(), status);
        assertUnchanged(before, counts(dataSource, TABLES));
    }

    private static String fill(String template) {
        String random = UUID.randomUUID().toString();
        return template.replace("{org}", ORG.toString()).replace("{meeting}", MEETING.toString())
                .replace("{RANDOM}", random.toUpperCase())
                .replace("{hex}", random.replace("-", ""))
                .replace("{short}", random.substring(0, 35))
                .replace("{random-g}", random.substring(0, 35) + "g")
                .replace("{long}", "a".repeat(3000))
                .replace("{random}", random);
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.admin());
    }
}
