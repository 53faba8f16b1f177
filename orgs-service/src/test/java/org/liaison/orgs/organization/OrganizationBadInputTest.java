package org.liaison.orgs.organization;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaison.infra.LocalTokens;
import org.liaison.infra.testing.TestTokens;
import org.liaison.orgs.OrgsTestResource;

import java.time.Duration;
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
 * not the organisation, not an outbox event, not an idempotency key. Placeholders in the tables:
 * {@code {existing}} is an organisation registered once (it stays at version 0, since every change below is
 * refused), {@code {random}} an id nobody registered, {@code <<ar:301>>} 301 Arabic letters (see {@link BadInput#expand}).
 * Sizes and read limits are in {@link OrganizationOversizedInputTest}.
 */
@QuarkusTest
@WithTestResource(OrgsTestResource.class)
class OrganizationBadInputTest {

    static final String[] TABLES = {"organization", "outbox_event", "idempotency_key"};
    static final String VALID = "{\"kind\": \"council\", \"nameAr\": \"مجلس سوريا الديمقراطية\"}";
    /** VALID as a registration that must succeed although other tests register the same name. */
    static final String VALID_AGAIN = "{\"kind\": \"council\", \"nameAr\": \"مجلس سوريا الديمقراطية\", \"distinct\": true}";
    private static final String RENAME = "{\"nameAr\": \"اسم جديد\"}";
    private static UUID existing;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void anOrganizationToChange() {
        if (existing == null) {
            existing = UUID.fromString(admin().contentType(ContentType.JSON).body(VALID_AGAIN).post("/organizations")
                    .then().statusCode(201).extract().path("id"));
        }
    }

    @ParameterizedTest(name = "malformed JSON: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            truncated object     | {"kind": "council", "nameAr":
            unclosed string      | {"kind": "council", "nameAr": "مسد}
            JSON null            | null
            JSON array           | [{"kind": "council", "nameAr": "مسد"}]
            JSON string          | "council"
            JSON number          | 42
            single quotes        | {'kind': 'council', 'nameAr': 'مسد'}
            unquoted key         | {kind: "council", "nameAr": "مسد"}
            trailing comma       | {"kind": "council", "nameAr": "مسد",}
            missing comma        | {"kind": "council" "nameAr": "مسد"}
            trailing garbage     | {"kind": "council", "nameAr": "مسد"} {"kind": "council"}
            comment              | {"kind": "council", /* note */ "nameAr": "مسد"}
            duplicate key        | {"kind": "council", "nameAr": "مسد", "nameAr": "مجلس"}
            raw tab in text      | {"kind": "council", "nameAr": "م\tسد"}
            invalid escape       | {"kind": "council", "nameAr": "\\x41"}
            NaN                  | {"kind": "council", "nameAr": NaN}
            """)
    void refusesMalformedJson(String name, String body) {
        assertRefused(400, null, () -> admin().contentType(ContentType.JSON).body(body).post("/organizations"));
    }

    @ParameterizedTest(name = "wrong type: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            nameAr a number       | {"kind": "council", "nameAr": 12}                                  | nameAr
            nameAr a boolean      | {"kind": "council", "nameAr": true}                                | nameAr
            nameAr an array       | {"kind": "council", "nameAr": ["مسد"]}                             | nameAr
            nameAr an object      | {"kind": "council", "nameAr": {"ar": "مسد"}}                       | nameAr
            nameEn a float        | {"kind": "council", "nameAr": "مسد", "nameEn": 1.5}                | nameEn
            kind a number         | {"kind": 3, "nameAr": "مسد"}                                       | kind
            kind an array         | {"kind": ["council"], "nameAr": "مسد"}                             | kind
            kind a boolean        | {"kind": false, "nameAr": "مسد"}                                   | kind
            id a number           | {"id": 123, "kind": "council", "nameAr": "مسد"}                    | id
            unknown field         | {"kind": "council", "nameAr": "مسد", "colour": "red"}              | colour
            server field version  | {"kind": "council", "nameAr": "مسد", "version": 7}                 | version
            server field createdAt| {"kind": "council", "nameAr": "مسد", "createdAt": "2024-01-01T00:00:00Z"} | createdAt
            """)
    void refusesWrongTypesAndUnknownFields(String name, String body, String field) {
        assertRefused(400, field, () -> admin().contentType(ContentType.JSON).body(body).post("/organizations"));
    }

    @ParameterizedTest(name = "invalid value: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            kind missing           | {"nameAr": "مسد"}                                            | kind
            kind null              | {"kind": null, "nameAr": "مسد"}                              | kind
            kind unknown           | {"kind": "galaxy", "nameAr": "مسد"}                          | kind
            kind in upper case     | {"kind": "COUNCIL", "nameAr": "مسد"}                         | kind
            kind empty             | {"kind": "", "nameAr": "مسد"}                                | kind
            kind in Arabic         | {"kind": "مجلس", "nameAr": "مسد"}                            | kind
            kind SQL injection     | {"kind": "council'; drop table organization; --", "nameAr": "مسد"} | kind
            nameAr missing         | {"kind": "council"}                                          | nameAr
            nameAr null            | {"kind": "council", "nameAr": null}                          | nameAr
            nameAr empty           | {"kind": "council", "nameAr": ""}                            | nameAr
            nameAr spaces          | {"kind": "council", "nameAr": "   "}                         | nameAr
            nameAr escaped blanks  | {"kind": "council", "nameAr": "\\n\\t\\r "}                  | nameAr
            nameAr em space only   | {"kind": "council", "nameAr": "\\u2003"}                     | nameAr
            nameAr ideographic spaces | {"kind": "council", "nameAr": "\\u3000\\u3000"}         | nameAr
            nameAr 301 Arabic      | {"kind": "council", "nameAr": "<<ar:301>>"}                  | nameAr
            nameAr long combining  | {"kind": "council", "nameAr": "م<<shadda:300>>"}             | nameAr
            nameAr 151 emoji       | {"kind": "council", "nameAr": "<<emoji:151>>"}               | nameAr
            nameEn 301 Latin       | {"kind": "council", "nameAr": "مسد", "nameEn": "<<en:301>>"} | nameEn
            nameEn 301 Arabic      | {"kind": "council", "nameAr": "مسد", "nameEn": "<<ar:301>>"} | nameEn
            nameAr NUL (unstorable)| {"kind": "council", "nameAr": "مسد\\u0000"}                | nameAr
            nameEn NUL (unstorable)| {"kind": "council", "nameAr": "مسد", "nameEn": "SDC\\u0000"} | nameEn
            id not a UUID          | {"id": "nope", "kind": "council", "nameAr": "مسد"}           | id
            id SQL injection       | {"id": "'; drop table organization; --", "kind": "council", "nameAr": "مسد"} | id
            id in braces           | {"id": "{{random}}", "kind": "council", "nameAr": "مسد"}     | id
            id one digit too many  | {"id": "{random}0", "kind": "council", "nameAr": "مسد"}      | id
            """)
    void refusesInvalidValues(String name, String body, String field) {
        assertRefused(400, field, () -> admin().contentType(ContentType.JSON).body(fill(body)).post("/organizations"));
    }

    @ParameterizedTest(name = "request: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "~", textBlock = """
            text/plain body        | POST   | /organizations            | text/plain                          | ~                | 415
            XML body               | POST   | /organizations            | application/xml                     | ~                | 415
            form body              | POST   | /organizations            | application/x-www-form-urlencoded   | ~                | 415
            HTML body              | POST   | /organizations            | text/html                           | ~                | 415
            JSON Patch body        | PATCH  | /organizations/{existing} | application/json-patch+json         | ~                | 415
            merge patch body       | PATCH  | /organizations/{existing} | application/merge-patch+json        | ~                | 415
            accepts only XML       | POST   | /organizations            | application/json                    | application/xml  | 406
            accepts only HTML      | GET    | /organizations/{existing} | ~                                   | text/html        | 406
            DELETE one             | DELETE | /organizations/{existing} | ~                                   | ~                | 405
            PUT all                | PUT    | /organizations            | application/json                    | ~                | 405
            POST to one            | POST   | /organizations/{existing} | application/json                    | ~                | 405
            DELETE all             | DELETE | /organizations            | ~                                   | ~                | 405
            PATCH all              | PATCH  | /organizations            | application/json                    | ~                | 405
            unknown resource       | POST   | /organisations            | application/json                    | ~                | 404
            unknown id             | GET    | /organizations/{random}   | ~                                   | ~                | 404
            PATCH unknown id       | PATCH  | /organizations/{random}   | application/json                    | ~                | 404
            id not a UUID          | PATCH  | /organizations/nope       | application/json                    | ~                | 404
            id SQL injection       | GET    | /organizations/' or '1'='1 | ~                                  | ~                | 404
            id script              | GET    | /organizations/<script>alert(1)</script> | ~                    | ~                | 404
            id path traversal      | GET    | /organizations/..%2F..%2Fetc%2Fpasswd | ~                       | ~                | 404
            """)
    void refusesWrongMethodsMediaTypesAndPaths(String name, String method, String path, String contentType,
                                               String accept, int status) {
        assertRefused(status, null, () -> {
            RequestSpecification request = admin().urlEncodingEnabled(!path.contains("%")).header("If-Match", "\"0\"");
            if (contentType != null) {
                request.contentType(contentType).body(contentType.startsWith("application/json") ? VALID : "<x/>");
            }
            if (accept != null) {
                request.accept(accept);
            }
            return request.request(method, fill(path));
        });
    }

    @ParameterizedTest(name = "If-Match: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "~", textBlock = """
            absent              | ~                | 428
            blank               | `  `             | 428
            wildcard            | *                | 428
            unquoted            | 0                | 400
            unclosed quote      | "0               | 400
            two without comma   | "0" "1"          | 400
            space inside        | "0 1"            | 400
            SQL inside          | "0' or '1'='1"   | 400
            weak                | W/"0"            | 412
            stale               | "99"             | 412
            negative            | "-1"             | 412
            empty tag           | ""               | 412
            """)
    void refusesAMissingOrWrongIfMatch(String name, String ifMatch, int status) {
        assertRefused(status, status == 412 ? null : "If-Match", () -> {
            RequestSpecification request = admin().contentType(ContentType.JSON).body(RENAME);
            return (ifMatch == null ? request : request.header("If-Match", ifMatch)).patch("/organizations/" + existing);
        });
    }

    @ParameterizedTest(name = "change: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "~", textBlock = """
            nameAr empty        | {"nameAr": ""}              | nameAr
            nameAr 301 Arabic   | {"nameAr": "<<ar:301>>"}    | nameAr
            nameEn 301 Latin    | {"nameEn": "<<en:301>>"}    | nameEn
            kind unknown        | {"kind": "galaxy"}          | kind
            nameAr a number     | {"nameAr": 5}               | nameAr
            unknown field       | {"colour": "red"}           | colour
            id in the body      | {"id": "{random}"}          | id
            version in the body | {"version": 0}              | version
            JSON null           | null                        | ~
            JSON array          | [{"nameAr": "مسد"}]         | ~
            malformed           | {"nameAr": }                | ~
            """)
    void refusesAnInvalidChange(String name, String body, String field) {
        assertRefused(400, field, () -> admin().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(fill(body)).patch("/organizations/" + existing));
    }

    @Test
    void refusesABlankNewName() {
        assertRefused(400, "nameAr", () -> admin().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"nameAr\": \"   \"}").patch("/organizations/" + existing));
    }

    @ParameterizedTest(name = "list: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            limit 0               | limit  | 0
            limit 201             | limit  | 201
            limit -1              | limit  | -1
            limit abc             | limit  | abc
            limit 1.5             | limit  | 1.5
            limit above int       | limit  | 2147483648
            limit SQL             | limit  | 1; drop table organization
            cursor garbage        | cursor | garbage!
            cursor no separator   | cursor | bm8gc2VwYXJhdG9y
            cursor bad id         | cursor | MjAyNC0wMS0wMVQwMDowMDowMFp8bm9wZQ
            cursor bad time       | cursor | eWVzdGVyZGF5fDAwMDAwMDAwLTAwMDAtNDAwMC04MDAwLTAwMDAwMDAwMDAwMA
            cursor SQL            | cursor | ' or '1'='1
            cursor 3000 chars     | cursor | <<en:3000>>
            """)
    void refusesABadPageRequest(String name, String param, String value) {
        assertRefused(400, param, () -> admin().queryParam(param, expand(value)).get("/organizations"));
    }

    @ParameterizedTest(name = "caller: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            no token                  | none    | 401
            not a token               | garbage | 401
            expired token             | expired | 401
            reader registers          | reader  | 403
            unknown role              | janitor | 403
            """)
    void refusesACallerWhoMayNot(String name, String who, int status) {
        RequestSpecification request = switch (who) {
            case "none" -> given();
            case "garbage" -> given().auth().oauth2("not.a.token");
            case "expired" -> given().auth().oauth2(new LocalTokens(TestTokens.keys())
                    .issue(UUID.randomUUID(), "admin", "admin@past", Duration.ofMinutes(-10)));
            case "reader" -> given().auth().oauth2(TestTokens.reader(UUID.randomUUID()));
            default -> given().auth().oauth2(TestTokens.issue(UUID.randomUUID(), who));
        };
        assertRefused(status, null, () -> request.contentType(ContentType.JSON).body(VALID).post("/organizations"));
    }

    @Test
    void refusesAnEditorChangingAnotherOfficesOrganization() {
        assertRefused(403, null, () -> given().auth().oauth2(TestTokens.editor(UUID.randomUUID()))
                .contentType(ContentType.JSON).header("If-Match", "\"0\"").body(RENAME).patch("/organizations/" + existing));
    }

    @ParameterizedTest(name = "Idempotency-Key: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            256 characters | <<en:256>>
            a tab inside   | `key\twith tab`
            """)
    void refusesAMalformedIdempotencyKey(String name, String key) {
        assertRefused(400, "Idempotency-Key", () -> admin().contentType(ContentType.JSON)
                .header("Idempotency-Key", expand(key)).body(VALID).post("/organizations"));
    }

    @Test
    void refusesAnIdempotencyKeyReusedForAnotherRequestAndAnIdAlreadyTaken() {
        String key = UUID.randomUUID().toString();
        admin().contentType(ContentType.JSON).header("Idempotency-Key", key).body(VALID_AGAIN).post("/organizations")
                .then().statusCode(201);
        assertRefused(422, "Idempotency-Key", () -> admin().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body("{\"kind\": \"coalition\", \"nameAr\": \"ائتلاف\"}").post("/organizations"));
        assertRefused(409, null, () -> admin().contentType(ContentType.JSON)
                .body("{\"id\": \"" + existing + "\", \"kind\": \"council\", \"nameAr\": \"مسد\"}").post("/organizations"));
    }

    /** Not bad input: text that means something elsewhere is plain text here, stored and shown verbatim. */
    @ParameterizedTest(name = "verbatim: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            SQL           | '; drop table organization; --
            script        | <script>alert('مسد')</script>
            template      | {{7*7}} #{7*7} <%= 7*7 %>
            JNDI lookup   | ${jndi:ldap://x/a}
            bidi override | مجلس \u202Eسوريا\u202C \u2067الديمقراطية\u2069
            joiners       | م\u200Dسد\u200C
            emoji         | مسد 🇸🇾👩‍👩‍👧
            combining     | م<<shadda:299>>
            """)
    void storesTextThatLooksLikeCodeVerbatim(String name, String text) throws Exception {
        String nameAr = expand(text);
        String body = new ObjectMapper().writeValueAsString(Map.of("kind", "council", "nameAr", nameAr, "nameEn", nameAr, "distinct", true));
        String id = admin().contentType(ContentType.JSON).body(body).post("/organizations")
                .then().statusCode(201).body("nameAr", equalTo(nameAr)).extract().path("id");
        admin().get("/organizations/" + id).then().statusCode(200)
                .body("nameAr", equalTo(nameAr)).body("nameEn", equalTo(nameAr));
    }

    private void assertRefused(int status, String field, Supplier<Response> call) {
        Map<String, Long> before = counts(dataSource, TABLES);
        Response response = call.get();
        assertProblem(response, status);
        assertNames(response, field);
        assertUnchanged(before, counts(dataSource, TABLES));
    }

    private static String fill(String template) {
        return expand(template).replace("{existing}", String.valueOf(existing))
                .replace("{random}", UUID.randomUUID().toString());
    }

    static RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.admin());
    }
}
