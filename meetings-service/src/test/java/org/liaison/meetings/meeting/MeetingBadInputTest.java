package org.liaison.meetings.meeting;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
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
import org.junit.jupiter.params.provider.MethodSource;
import org.liaison.contracts.OrganizationState;
import org.liaison.infra.testing.BadInputCase;
import org.liaison.infra.testing.BadInputClient;
import org.liaison.infra.testing.TestTokens;
import org.liaison.meetings.MeetingsTestResource;
import org.liaison.meetings.OrgsStub;
import org.liaison.support.directory.OrganizationDirectory;

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
 * no meeting, no outbox event, no idempotency key, no directory entry. Placeholders in the tables:
 * {@code {organizer}} is an organisation in the local directory, {@code {existing}} a meeting recorded once (it
 * stays at version 0, since every change below is refused), {@code {random}} an id nobody knows (orgs-service,
 * played by {@link OrgsStub}, answers 404 for it), {@code <<ar:501>>} 501 Arabic letters ({@link BadInput#expand}).
 * The case tables are files in embedded-infra's {@code bad-input/meetings-service/}, which fault F7 also sends, under
 * load. Sizes and read limits are in {@link MeetingOversizedInputTest}.
 */
@QuarkusTest
@WithTestResource(MeetingsTestResource.class)
class MeetingBadInputTest {

    static final String[] TABLES = {"meeting", "meeting_participant", "organization_rewrite", "outbox_event",
            "idempotency_key", "directory_organization"};
    static final UUID ORGANIZER = UUID.randomUUID();
    private static final BadInputClient CLIENT = new BadInputClient(Duration.ofSeconds(60));
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
    @MethodSource
    void refusesMalformedJson(String name, BadInputCase badInput) {
        assertRefused(badInput);
    }

    static Stream<Object[]> refusesMalformedJson() {
        return cases("meeting-malformed-json.csv");
    }

    @ParameterizedTest(name = "wrong type: {0}")
    @MethodSource
    void refusesWrongTypesAndUnknownFields(String name, BadInputCase badInput) {
        assertRefused(badInput);
    }

    static Stream<Object[]> refusesWrongTypesAndUnknownFields() {
        return cases("meeting-wrong-types.csv");
    }

    @Test
    void refusesADateAsAnObject() {
        assertRefused(400, "date", () -> post("{\"kind\": \"conference\", \"titleAr\": \"مؤتمر\", "
                + "\"date\": {\"year\": 2024, \"month\": 6}, \"organizerId\": \"{organizer}\"}"));
    }

    @ParameterizedTest(name = "invalid value: {0}")
    @MethodSource
    void refusesInvalidValues(String name, BadInputCase badInput) {
        assertRefused(badInput);
    }

    static Stream<Object[]> refusesInvalidValues() {
        return cases("meeting-invalid-values.csv");
    }

    @ParameterizedTest(name = "date: {0}")
    @MethodSource
    void refusesADateThatIsNotAPartialIsoDate(String name, BadInputCase badInput) {
        assertRefused(badInput);
    }

    static Stream<Object[]> refusesADateThatIsNotAPartialIsoDate() {
        return cases("meeting-dates.csv");
    }

    @Test
    void refusesUnknownAndTakenIds() {
        assertRefused(422, "organizerId",
                () -> post("{\"kind\": \"conference\", \"titleAr\": \"مؤتمر\", \"organizerId\": \"{random}\"}"));
        assertRefused(409, null,
                () -> post("{\"id\": \"{existing}\", \"kind\": \"conference\", \"titleAr\": \"مؤتمر\", "
                + "\"organizerId\": \"{organizer}\"}"));
        assertRefused(422, "organizerId", () -> patch("\"0\"", "{\"organizerId\": \"{random}\"}"));
    }

    @ParameterizedTest(name = "request: {0}")
    @MethodSource
    void refusesWrongMethodsMediaTypesAndPaths(String name, BadInputCase badInput) {
        assertRefused(badInput);
    }

    static Stream<Object[]> refusesWrongMethodsMediaTypesAndPaths() {
        return cases("meeting-requests.csv");
    }

    @ParameterizedTest(name = "change: {0}")
    @MethodSource
    void refusesAnInvalidChange(String name, BadInputCase badInput) {
        assertRefused(badInput);
    }

    static Stream<Object[]> refusesAnInvalidChange() {
        return cases("meeting-changes.csv");
    }

    @Test
    void refusesABlankNewTitle() {
        assertRefused(400, "titleAr", () -> patch("\"0\"", "{\"titleAr\": \"   \"}"));
    }

    @ParameterizedTest(name = "list: {0}")
    @MethodSource
    void refusesABadPageRequest(String name, BadInputCase badInput) {
        assertRefused(badInput);
    }

    static Stream<Object[]> refusesABadPageRequest() {
        return cases("meeting-page-requests.csv");
    }

    @ParameterizedTest(name = "caller: {0}")
    @MethodSource
    void refusesACallerWhoMayNot(String name, BadInputCase badInput) {
        assertRefused(badInput);
    }

    static Stream<Object[]> refusesACallerWhoMayNot() {
        return cases("meeting-callers.csv");
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
        String body = new ObjectMapper()
                .writeValueAsString(Map.of("kind", "briefing", "titleAr", title, "titleEn", title,
                "organizerId", ORGANIZER.toString()));
        String id = admin().contentType(ContentType.JSON).body(body).post("/meetings")
                .then().statusCode(201).body("titleAr", equalTo(title)).extract().path("id");
        admin().get("/meetings/" + id).then().statusCode(200).body("titleAr", equalTo(title))
                .body("titleEn", equalTo(title));
    }

    /**
     * Sends a case of the shared files ({@code bad-input/meetings-service/}) and asserts as {@link #assertRefused}
     * does.
     */
    private void assertRefused(BadInputCase badInput) {
        BadInputCase filled = badInput.filled(Map.of("existing", existing.toString(), "organizer",
                ORGANIZER.toString()));
        Map<String, Long> before = counts(dataSource, TABLES);
        BadInputClient.Answer answer = CLIENT.send(RestAssured.baseURI + ":" + RestAssured.port, filled);
        assertProblem(filled.status(), answer.contentType(), answer.body(), answer.status());
        assertNames(answer.body(), filled.field());
        assertUnchanged(before, counts(dataSource, TABLES));
    }

    private static Stream<Object[]> cases(String file) {
        return BadInputCase.arguments("meetings-service/" + file);
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
        return expand(template).replace("{organizer}", ORGANIZER.toString())
                .replace("{existing}", String.valueOf(existing))
                .replace("{random}", UUID.randomUUID().toString());
    }

    static RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.admin());
    }
}
