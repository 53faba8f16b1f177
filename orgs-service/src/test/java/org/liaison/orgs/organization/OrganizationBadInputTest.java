package org.liaison.orgs.organization;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaison.infra.testing.BadInputCase;
import org.liaison.infra.testing.BadInputClient;
import org.liaison.infra.testing.TestTokens;
import org.liaison.orgs.OrgsTestResource;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

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
 * refused), {@code {random}} an id nobody registered, {@code <<ar:301>>} 301 Arabic letters (see
 * {@link BadInput#expand}). The case tables are files in embedded-infra's {@code bad-input/orgs-service/}, which fault
 * F7 also sends, under load. Sizes and read limits are in {@link OrganizationOversizedInputTest}.
 */
@QuarkusTest
@WithTestResource(OrgsTestResource.class)
class OrganizationBadInputTest {

    static final String[] TABLES = {"organization", "outbox_event", "idempotency_key"};
    static final String VALID = "{\"kind\": \"council\", \"nameAr\": \"مجلس سوريا الديمقراطية\"}";
    /** VALID as a registration that must succeed although other tests register the same name. */
    static final String VALID_AGAIN = "{\"kind\": \"council\", \"nameAr\": \"مجلس سوريا الديمقراطية\", \"distinct\": "
            + "true}";
    private static final String RENAME = "{\"nameAr\": \"اسم جديد\"}";
    private static final BadInputClient CLIENT = new BadInputClient(Duration.ofSeconds(60));
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
    @MethodSource
    void refusesMalformedJson(String name, BadInputCase badInput) {
        assertRefused(badInput);
    }

    static Stream<Object[]> refusesMalformedJson() {
        return cases("organization-malformed-json.csv");
    }

    @ParameterizedTest(name = "wrong type: {0}")
    @MethodSource
    void refusesWrongTypesAndUnknownFields(String name, BadInputCase badInput) {
        assertRefused(badInput);
    }

    static Stream<Object[]> refusesWrongTypesAndUnknownFields() {
        return cases("organization-wrong-types.csv");
    }

    @ParameterizedTest(name = "invalid value: {0}")
    @MethodSource
    void refusesInvalidValues(String name, BadInputCase badInput) {
        assertRefused(badInput);
    }

    static Stream<Object[]> refusesInvalidValues() {
        return cases("organization-invalid-values.csv");
    }

    @ParameterizedTest(name = "request: {0}")
    @MethodSource
    void refusesWrongMethodsMediaTypesAndPaths(String name, BadInputCase badInput) {
        assertRefused(badInput);
    }

    static Stream<Object[]> refusesWrongMethodsMediaTypesAndPaths() {
        return cases("organization-requests.csv");
    }

    @ParameterizedTest(name = "If-Match: {0}")
    @MethodSource
    void refusesAMissingOrWrongIfMatch(String name, BadInputCase badInput) {
        assertRefused(badInput);
    }

    static Stream<Object[]> refusesAMissingOrWrongIfMatch() {
        return cases("organization-if-match.csv");
    }

    @ParameterizedTest(name = "change: {0}")
    @MethodSource
    void refusesAnInvalidChange(String name, BadInputCase badInput) {
        assertRefused(badInput);
    }

    static Stream<Object[]> refusesAnInvalidChange() {
        return cases("organization-changes.csv");
    }

    @Test
    void refusesABlankNewName() {
        assertRefused(400, "nameAr", () -> admin().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"nameAr\": \"   \"}").patch("/organizations/" + existing));
    }

    @ParameterizedTest(name = "list: {0}")
    @MethodSource
    void refusesABadPageRequest(String name, BadInputCase badInput) {
        assertRefused(badInput);
    }

    static Stream<Object[]> refusesABadPageRequest() {
        return cases("organization-page-requests.csv");
    }

    @ParameterizedTest(name = "caller: {0}")
    @MethodSource
    void refusesACallerWhoMayNot(String name, BadInputCase badInput) {
        assertRefused(badInput);
    }

    static Stream<Object[]> refusesACallerWhoMayNot() {
        return cases("organization-callers.csv");
    }

    @Test
    void refusesAnEditorChangingAnotherOfficesOrganization() {
        assertRefused(403, null, () -> given().auth().oauth2(TestTokens.editor(UUID.randomUUID()))
                .contentType(ContentType.JSON).header("If-Match", "\"0\"").body(RENAME)
                .patch("/organizations/" + existing));
    }

    @ParameterizedTest(name = "Idempotency-Key: {0}")
    @MethodSource
    void refusesAMalformedIdempotencyKey(String name, BadInputCase badInput) {
        assertRefused(badInput);
    }

    static Stream<Object[]> refusesAMalformedIdempotencyKey() {
        return cases("organization-idempotency-keys.csv");
    }

    @Test
    void refusesAnIdempotencyKeyReusedForAnotherRequestAndAnIdAlreadyTaken() {
        String key = UUID.randomUUID().toString();
        admin().contentType(ContentType.JSON).header("Idempotency-Key", key).body(VALID_AGAIN).post("/organizations")
                .then().statusCode(201);
        assertRefused(422, "Idempotency-Key", () -> admin().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body("{\"kind\": \"coalition\", \"nameAr\": \"ائتلاف\"}").post("/organizations"));
        assertRefused(409, null, () -> admin().contentType(ContentType.JSON)
                .body("{\"id\": \"" + existing + "\", \"kind\": \"council\", \"nameAr\": \"مسد\"}")
                .post("/organizations"));
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
        String body = new ObjectMapper()
                .writeValueAsString(Map.of("kind", "council", "nameAr", nameAr, "nameEn", nameAr, "distinct", true));
        String id = admin().contentType(ContentType.JSON).body(body).post("/organizations")
                .then().statusCode(201).body("nameAr", equalTo(nameAr)).extract().path("id");
        admin().get("/organizations/" + id).then().statusCode(200)
                .body("nameAr", equalTo(nameAr)).body("nameEn", equalTo(nameAr));
    }

    /**
     * Sends a case of the shared files ({@code bad-input/orgs-service/}) and asserts as {@link #assertRefused} does.
     */
    private void assertRefused(BadInputCase badInput) {
        BadInputCase filled = badInput.filled(Map.of("existing", existing.toString()));
        Map<String, Long> before = counts(dataSource, TABLES);
        BadInputClient.Answer answer = CLIENT.send(RestAssured.baseURI + ":" + RestAssured.port, filled);
        assertProblem(filled.status(), answer.contentType(), answer.body(), answer.status());
        assertNames(answer.body(), filled.field());
        assertUnchanged(before, counts(dataSource, TABLES));
    }

    private static Stream<Object[]> cases(String file) {
        return BadInputCase.arguments("orgs-service/" + file);
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
