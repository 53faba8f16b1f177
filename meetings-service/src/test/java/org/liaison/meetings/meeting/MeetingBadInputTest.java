package org.liaison.meetings.meeting;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaison.contracts.OrganizationState;
import org.liaison.infra.testing.TestTokens;
import org.liaison.meetings.MeetingsTestResource;
import org.liaison.meetings.OrgsStub;
import org.liaison.support.directory.OrganizationDirectory;

import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.liaison.infra.testing.BadInput.assertNames;
import static org.liaison.infra.testing.BadInput.assertProblem;
import static org.liaison.infra.testing.BadInput.assertUnchanged;
import static org.liaison.infra.testing.BadInput.counts;
import static org.liaison.infra.testing.BadInput.expand;

/**
 * Bad input of every kind is answered with a 4xx problem+json that gives nothing away, and writes nothing:
 * no meeting, no outbox event, no idempotency key, no directory entry. Placeholders in the tables:
 * {@code {organizer}} is an organisation in the local directory, {@code {existing}} a meeting recorded once (it
 * stays at version 0, since every change below is refused), {@code {random}} an id nobody knows (orgs-service,
 * played by {@link OrgsStub}, answers 404 for it), {@code <<ar:501>>} 501 Arabic letters ({@link BadInput#expand}).
 * Sizes and read limits are in {@link MeetingOversizedInputTest}.
 */
@QuarkusTest
@WithTestResource(MeetingsTestResource.class)
class MeetingBadInputTest {

    static final String[] TABLES = {"meeting", "meeting_participant", "organization_rewrite", "outbox_event",
            "idempotency_key", "directory_organization"};
    static final UUID ORGANIZER = UUID.randomUUID();
    private static UUID existing;

    @ConfigProperty(name = "liaison.orgs.url")
    String orgsUrl;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OrganizationDirectory directory;

    OrgsStub orgs;

    @BeforeEach
    void knownOrganizerAndMeeting() {
        orgs = new OrgsStub(orgsUrl);
        if (existing == null) {
            QuarkusTransaction.requiringNew().run(() -> directory.apply(
                    new OrganizationState(ORGANIZER, 0, "council", "مجلس سوريا الديمقراطية", null)));
            existing = UUID.fromString(admin().contentType(ContentType.JSON).body(valid()).post("/meetings")
                    .then().statusCode(201).extract().path("id"));
        }
    }

    @AfterEach
    void stopOrgs() {
        orgs.close();
    }

    static String valid() {
        return "{\"kind\": \"conference\", \"titleAr\": \"مؤتمر\", \"organizerId\": \"" + ORGANIZER + "\"}";
    }

    @ParameterizedTest(name = "malformed JSON: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            truncated object   | {"kind": "conference", "titleAr":
            unclosed string    | {"kind": "conference", "titleAr": "مؤتمر}
            JSON null          | null
            JSON array         | [{"kind": "conference"}]
            JSON string        | "conference"
            single quotes      | {'kind': 'conference', 'titleAr': 'مؤتمر', 'organizerId': '{organizer}'}
            trailing comma     | {"kind": "conference", "titleAr": "مؤتمر", "organizerId": "{organizer}",}
            missing comma      | {"kind": "conference" "titleAr": "مؤتمر", "organizerId": "{organizer}"}
            trailing garbage   | {"kind": "conference", "titleAr": "مؤتمر", "organizerId": "{organizer}"} x
            comment            | {"kind": "conference", /* note */ "titleAr": "مؤتمر", "organizerId": "{organizer}"}
            duplicate key      | {"kind": "conference", "kind": "briefing", "titleAr": "مؤتمر", "organizerId": "{organizer}"}
            raw tab in text    | {"kind": "conference", "titleAr": "مؤ\tتمر", "organizerId": "{organizer}"}
            """)
    void refusesMalformedJson(String name, String body) {
        assertRefused(400, null, () -> post(body));
    }

    @ParameterizedTest(name = "wrong type: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            titleAr a number       | {"kind": "conference", "titleAr": 12, "organizerId": "{organizer}"}                    | titleAr
            titleAr an array       | {"kind": "conference", "titleAr": ["مؤتمر"], "organizerId": "{organizer}"}             | titleAr
            titleEn an object      | {"kind": "conference", "titleAr": "مؤتمر", "titleEn": {}, "organizerId": "{organizer}"} | titleEn
            kind a number          | {"kind": 1, "titleAr": "مؤتمر", "organizerId": "{organizer}"}                          | kind
            organizerId a number   | {"kind": "conference", "titleAr": "مؤتمر", "organizerId": 42}                          | organizerId
            organizerId an array   | {"kind": "conference", "titleAr": "مؤتمر", "organizerId": ["{organizer}"]}             | organizerId
            date a number          | {"kind": "conference", "titleAr": "مؤتمر", "date": 2024, "organizerId": "{organizer}"} | date
            restricted a string    | {"kind": "conference", "titleAr": "مؤتمر", "restricted": "true", "organizerId": "{organizer}"} | restricted
            restricted a number    | {"kind": "conference", "titleAr": "مؤتمر", "restricted": 1, "organizerId": "{organizer}"} | restricted
            unknown field          | {"kind": "conference", "titleAr": "مؤتمر", "location": "جنيف", "organizerId": "{organizer}"} | location
            server field version   | {"kind": "conference", "titleAr": "مؤتمر", "version": 3, "organizerId": "{organizer}"} | version
            server field redacted  | {"kind": "conference", "titleAr": "مؤتمر", "redacted": false, "organizerId": "{organizer}"} | redacted
            """)
    void refusesWrongTypesAndUnknownFields(String name, String body, String field) {
        assertRefused(400, field, () -> post(body));
    }

    @Test
    void refusesADateAsAnObject() {
        assertRefused(400, "date", () -> post("{\"kind\": \"conference\", \"titleAr\": \"مؤتمر\", "
                + "\"date\": {\"year\": 2024, \"month\": 6}, \"organizerId\": \"{organizer}\"}"));
    }

    @ParameterizedTest(name = "invalid value: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            kind missing          | {"titleAr": "مؤتمر", "organizerId": "{organizer}"}                             | kind
            kind unknown          | {"kind": "party", "titleAr": "مؤتمر", "organizerId": "{organizer}"}            | kind
            kind in upper case    | {"kind": "CONFERENCE", "titleAr": "مؤتمر", "organizerId": "{organizer}"}       | kind
            kind SQL injection    | {"kind": "conference' or '1'='1", "titleAr": "مؤتمر", "organizerId": "{organizer}"} | kind
            titleAr missing       | {"kind": "conference", "organizerId": "{organizer}"}                           | titleAr
            titleAr empty         | {"kind": "conference", "titleAr": "", "organizerId": "{organizer}"}            | titleAr
            titleAr spaces        | {"kind": "conference", "titleAr": " \\t\\n ", "organizerId": "{organizer}"}    | titleAr
            titleAr em spaces     | {"kind": "conference", "titleAr": "\\u2003\\u3000", "organizerId": "{organizer}"} | titleAr
            titleAr 501 Arabic    | {"kind": "conference", "titleAr": "<<ar:501>>", "organizerId": "{organizer}"}  | titleAr
            titleAr long combining| {"kind": "conference", "titleAr": "م<<shadda:500>>", "organizerId": "{organizer}"} | titleAr
            titleAr 251 emoji     | {"kind": "conference", "titleAr": "<<emoji:251>>", "organizerId": "{organizer}"} | titleAr
            titleEn 501 Latin     | {"kind": "conference", "titleAr": "مؤتمر", "titleEn": "<<en:501>>", "organizerId": "{organizer}"} | titleEn
            titleAr NUL           | {"kind": "conference", "titleAr": "مؤتمر\\u0000", "organizerId": "{organizer}"} | titleAr
            organizerId missing   | {"kind": "conference", "titleAr": "مؤتمر"}                                     | organizerId
            organizerId null      | {"kind": "conference", "titleAr": "مؤتمر", "organizerId": null}                | organizerId
            organizerId not a UUID| {"kind": "conference", "titleAr": "مؤتمر", "organizerId": "nope"}              | organizerId
            organizerId SQL       | {"kind": "conference", "titleAr": "مؤتمر", "organizerId": "'; drop table meeting; --"} | organizerId
            id not a UUID         | {"id": "123", "kind": "conference", "titleAr": "مؤتمر", "organizerId": "{organizer}"} | id
            """)
    void refusesInvalidValues(String name, String body, String field) {
        assertRefused(400, field, () -> post(body));
    }

    @ParameterizedTest(name = "date \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            الثلاثاء المقبل
            2024-02-30
            2023-02-29
            2024-13
            2024-00
            2024-06-31
            0000
            10000
            24
            2024-6
            2024-06-1
            2024/06/10
            10-06-2024
            2024-06-10T10:00
            2024-W23
            ٢٠٢٤
            `2024 `
            `   `
            ``
            +2024
            -2024
            """)
    void refusesADateThatIsNotAPartialIsoDate(String date) {
        assertRefused(400, "date", () -> post("{\"kind\": \"conference\", \"titleAr\": \"مؤتمر\", \"date\": \"" + date
                + "\", \"organizerId\": \"{organizer}\"}"));
    }

    @Test
    void refusesUnknownAndTakenIds() {
        assertRefused(422, "organizerId", () -> post("{\"kind\": \"conference\", \"titleAr\": \"مؤتمر\", \"organizerId\": \"{random}\"}"));
        assertRefused(409, null, () -> post("{\"id\": \"{existing}\", \"kind\": \"conference\", \"titleAr\": \"مؤتمر\", \"organizerId\": \"{organizer}\"}"));
        assertRefused(422, "organizerId", () -> patch("\"0\"", "{\"organizerId\": \"{random}\"}"));
    }

    @ParameterizedTest(name = "request: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "~", textBlock = """
            text/plain body     | POST   | /meetings            | text/plain                        | ~               | 415
            XML body            | POST   | /meetings            | application/xml                   | ~               | 415
            form body           | POST   | /meetings            | application/x-www-form-urlencoded | ~               | 415
            merge patch body    | PATCH  | /meetings/{existing} | application/merge-patch+json      | ~               | 415
            accepts only XML    | POST   | /meetings            | application/json                  | application/xml | 406
            accepts only text   | GET    | /meetings/{existing} | ~                                 | text/plain      | 406
            DELETE one          | DELETE | /meetings/{existing} | ~                                 | ~               | 405
            PUT without a kind  | PUT    | /meetings/{existing} | application/json                  | ~               | 400
            DELETE all          | DELETE | /meetings            | ~                                 | ~               | 405
            unknown resource    | GET    | /meeting             | ~                                 | ~               | 404
            unknown id          | GET    | /meetings/{random}   | ~                                 | ~               | 404
            PATCH unknown id    | PATCH  | /meetings/{random}   | application/json                  | ~               | 404
            id not a UUID       | GET    | /meetings/2024-06-10 | ~                                 | ~               | 404
            id SQL injection    | PATCH  | /meetings/' or 1=1 --| application/json                  | ~               | 404
            """)
    void refusesWrongMethodsMediaTypesAndPaths(String name, String method, String path, String contentType,
                                               String accept, int status) {
        assertRefused(status, null, () -> {
            RequestSpecification request = admin().header("If-Match", "\"0\"");
            if (contentType != null) {
                request.contentType(contentType).body(contentType.startsWith("application/json")
                        ? "{\"titleEn\": \"Conference\"}" : "<meeting/>");
            }
            if (accept != null) {
                request.accept(accept);
            }
            return request.request(method, fill(path));
        });
    }

    @ParameterizedTest(name = "change: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "~", textBlock = """
            no If-Match          | ~        | {"titleEn": "Conference"}   | 428 | If-Match
            If-Match *           | *        | {"titleEn": "Conference"}   | 428 | If-Match
            If-Match unquoted    | 0        | {"titleEn": "Conference"}   | 400 | If-Match
            If-Match stale       | "7"      | {"titleEn": "Conference"}   | 412 | ~
            If-Match weak        | W/"0"    | {"titleEn": "Conference"}   | 412 | ~
            titleAr empty        | "0"      | {"titleAr": ""}             | 400 | titleAr
            titleAr 501 Arabic   | "0"      | {"titleAr": "<<ar:501>>"}   | 400 | titleAr
            titleEn 501 Latin    | "0"      | {"titleEn": "<<en:501>>"}   | 400 | titleEn
            date invalid         | "0"      | {"date": "2024-02-30"}      | 400 | date
            kind unknown         | "0"      | {"kind": "party"}           | 400 | kind
            restricted a string  | "0"      | {"restricted": "no"}        | 400 | restricted
            organizerId bad      | "0"      | {"organizerId": "nope"}     | 400 | organizerId
            unknown field        | "0"      | {"location": "جنيف"}        | 400 | location
            status by PATCH      | "0"      | {"status": "held"}          | 400 | status
            id in the body       | "0"      | {"id": "{random}"}          | 400 | id
            JSON null            | "0"      | null                        | 400 | ~
            """)
    void refusesAnInvalidChange(String name, String ifMatch, String body, int status, String field) {
        assertRefused(status, field, () -> patch(ifMatch, body));
    }

    @Test
    void refusesABlankNewTitle() {
        assertRefused(400, "titleAr", () -> patch("\"0\"", "{\"titleAr\": \"   \"}"));
    }

    @ParameterizedTest(name = "list: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            limit 0           | limit  | 0
            limit 201         | limit  | 201
            limit abc         | limit  | abc
            cursor garbage    | cursor | %%%
            cursor no time    | cursor | fDAwMDAwMDAwLTAwMDAtNDAwMC04MDAwLTAwMDAwMDAwMDAwMA
            """)
    void refusesABadPageRequest(String name, String param, String value) {
        assertRefused(400, param, () -> admin().queryParam(param, value).get("/meetings"));
    }

    @ParameterizedTest(name = "caller: {0}")
    @CsvSource({"no token, 401", "reader, 403", "editor of another office, 403"})
    void refusesACallerWhoMayNot(String who, int status) {
        RequestSpecification caller = who.equals("no token") ? given()
                : given().auth().oauth2(who.equals("reader") ? TestTokens.reader(ORGANIZER) : TestTokens.editor(UUID.randomUUID()));
        assertRefused(status, null, () -> caller.contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"titleEn\": \"Conference\"}").patch("/meetings/" + existing));
    }

    /** Not bad input: text that means something elsewhere is plain text here, stored and shown verbatim. */
    @ParameterizedTest(name = "verbatim: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            SQL           | '; drop table meeting; --
            script        | <img src=x onerror=alert(1)>
            template      | {{7*7}} ${7*7}
            JNDI lookup   | ${jndi:ldap://x/a}
            bidi override | اجتماع \u202Eموسع\u202C
            emoji         | 🤝 اجتماع
            combining     | م<<shadda:499>>
            """)
    void storesTextThatLooksLikeCodeVerbatim(String name, String text) throws Exception {
        String title = expand(text);
        String body = new ObjectMapper().writeValueAsString(Map.of("kind", "briefing", "titleAr", title, "titleEn", title,
                "organizerId", ORGANIZER.toString()));
        String id = admin().contentType(ContentType.JSON).body(body).post("/meetings")
                .then().statusCode(201).body("titleAr", equalTo(title)).extract().path("id");
        admin().get("/meetings/" + id).then().statusCode(200).body("titleAr", equalTo(title)).body("titleEn", equalTo(title));
    }

    private void assertRefused(int status, String field, Supplier<Response> call) {
        Map<String, Long> before = counts(dataSource, TABLES);
        Response response = call.get();
        assertProblem(response, status);
        assertNames(response, field);
        assertUnchanged(before, counts(dataSource, TABLES));
    }

    private Response post(String body) {
        return admin().contentType(ContentType.JSON).body(fill(body)).post("/meetings");
    }

    private Response patch(String ifMatch, String body) {
        RequestSpecification request = admin().contentType(ContentType.JSON).body(fill(body));
        return (ifMatch == null ? request : request.header("If-Match", ifMatch)).patch("/meetings/" + existing);
    }

    private static String fill(String template) {
        return expand(template).replace("{organizer}", ORGANIZER.toString()).replace("{existing}", String.valueOf(existing))
                .replace("{random}", UUID.randomUUID().toString());
    }

    static RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.admin());
    }
}
