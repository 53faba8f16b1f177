package org.liaison.meetings.statement;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.EventJson;
import org.liaison.contracts.OtherName;
import org.liaison.contracts.PersonState;
import org.liaison.contracts.Topics;
import org.liaison.infra.testing.TestTokens;
import org.liaison.infra.testing.TopicReader;
import org.liaison.meetings.MeetingFixture;
import org.liaison.meetings.MeetingsTestResource;
import org.liaison.meetings.OrgsStub;
import org.liaison.meetings.directory.PersonDirectory;
import org.liaison.support.directory.OrganizationDirectory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.liaison.infra.testing.BadInput.assertUnchanged;
import static org.liaison.infra.testing.BadInput.counts;
import static org.liaison.meetings.MeetingFixture.admin;
import static org.liaison.meetings.MeetingFixture.schedule;

/**
 * What speakers said: Badran Jia Kurd's words at the annual meeting of the foreign relations department (article 004,
 * quoted) and Dr. Badr Jamous's briefing at the Negotiation Commission's meeting (article 001, as the article tells
 * it). Recorded by whoever may change the meeting, shown to whoever may see its details, found by any spelling.
 */
@QuarkusTest
@WithTestResource(MeetingsTestResource.class)
class StatementApiTest {

    private static final String QUOTE = "لابد من تطويره ليتناسب مع مستوى التطورات التي تواجهنا وأداء المهام التاريخية"
            + " الملقاة على عاتقنا";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "liaison.orgs.url")
    String orgsUrl;

    /** orgs-service, which answers 404 for an organisation nobody registered. */
    OrgsStub orgs;

    @Inject
    OrganizationDirectory directory;

    @Inject
    PersonDirectory people;

    @Inject
    EntityManager entityManager;

    @Inject
    AgroalDataSource dataSource;

    UUID department;
    UUID jiaKurd;
    String annualMeeting;

    @BeforeEach
    void startOrgs() {
        orgs = new OrgsStub(orgsUrl);
    }

    @AfterEach
    void stopOrgs() {
        orgs.close();
    }

    @BeforeEach
    void annualMeeting() {
        MeetingFixture fixture = new MeetingFixture(directory, entityManager);
        department = fixture.organization("دائرة العلاقات الخارجية " + UUID.randomUUID(),
                "Department of Foreign Relations");
        jiaKurd = UUID.randomUUID();
        annualMeeting = schedule("""
                {"kind": "annual_meeting", "titleAr": "الاجتماع السنوي لدائرة العلاقات الخارجية في الحسكة",
                 "date": "2023", "organizerId": "%s"}""".formatted(department));
    }

    @Test
    void aQuotedStatementIsRecordedShownPublishedAndCorrected() throws Exception {
        try (TopicReader topic = new TopicReader(bootstrapServers, Topics.MEETINGS)) {
            String id = record(annualMeeting, """
                    {"speakerPersonId": "%s", "speakerOrganizationId": "%s", "speakerName": "بدران جيا كرد",
                     "textAr": "%s", "quoted": true, "topics": ["العمل الدبلوماسي"],
                     "sources": [{"publisher": "نورث بالس", "quote": "%s"}]}"""
                    .formatted(jiaKurd, department, QUOTE, QUOTE)).statusCode(201)
                    .body("quoted", equalTo(true)).body("speakerOrganization.nameEn",
                            equalTo("Department of Foreign Relations")).extract().path("id");
            admin().get("/meetings/" + annualMeeting + "/statements").then().statusCode(200)
                    .body("redacted", equalTo(false)).body("items.id", contains(id))
                    .body("items[0].sources[0].quote", equalTo(QUOTE));

            JsonNode event = EventJson.mapper().readTree(topic.await(r -> r.key().equals(id), "statement " + id,
                    Duration.ofSeconds(15)).value());
            assertEquals(annualMeeting, event.path("meetingId").asText());
            assertEquals(QUOTE, event.path("textAr").asText());
            assertEquals(List.of(department.toString()), List.of(event.path("parties").get(0).asText()));

            String etag = admin().get("/meetings/" + annualMeeting + "/statements/" + id).then().statusCode(200)
                    .extract().header("ETag");
            String corrected = """
                    {"speakerPersonId": "%s", "speakerOrganizationId": "%s", "speakerName": "بدران جيا كرد",
                     "textAr": "%s", "textEn": "It must be developed to match the developments we face",
                     "quoted": true, "topics": ["العمل الدبلوماسي"],
                     "sources": [{"publisher": "نورث بالس", "quote": "%s"}]}"""
                    .formatted(jiaKurd, department, QUOTE, QUOTE);
            admin().header("If-Match", etag).body(corrected).put("/meetings/" + annualMeeting + "/statements/" + id)
                    .then().statusCode(200).body("version", equalTo(1))
                    .body("textEn", equalTo("It must be developed to match the developments we face"));
            admin().header("If-Match", "\"1\"").body(corrected)
                    .put("/meetings/" + annualMeeting + "/statements/" + id).then().statusCode(200)
                    .body("version", equalTo(1));
            admin().header("If-Match", etag).body(corrected).put("/meetings/" + annualMeeting + "/statements/" + id)
                    .then().statusCode(412);
            assertEquals(List.of("statement.recorded", "statement.updated"), types(id));
            topic.await(r -> r.key().equals(id) && "statement.updated".equals(header(r)), "statement.updated " + id,
                    Duration.ofSeconds(15));
        }
    }

    @Test
    void aRetriedStatementWithItsIdempotencyKeyIsRecordedOnce() {
        String key = "statement-" + UUID.randomUUID();
        String body = "{\"speakerName\": \"بدران جيا كرد\", \"textAr\": \"تطوير العمل الدبلوماسي\"}";
        String first = admin().header("Idempotency-Key", key).body(body)
                .post("/meetings/" + annualMeeting + "/statements").then().statusCode(201).extract().path("id");
        admin().header("Idempotency-Key", key).body(body).post("/meetings/" + annualMeeting + "/statements").then()
                .statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        admin().header("Idempotency-Key", key).body(body.replace("تطوير", "توسيع"))
                .post("/meetings/" + annualMeeting + "/statements").then().statusCode(422);
        admin().get("/meetings/" + annualMeeting + "/statements").then().statusCode(200)
                .body("items.findAll { it.textAr == 'تطوير العمل الدبلوماسي' }.size()", equalTo(1));
    }

    @Test
    void badStatementsAreRefusedNamingTheFieldAndWriteNothing() {
        Map<String, Long> before = counts(dataSource, "meeting_statement", "outbox_event");
        record(annualMeeting, "{\"textAr\": \"كلام\"}").statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("spoken"));
        record(annualMeeting, "{\"speakerName\": \"بدران جيا كرد\", \"textAr\": \" \"}").statusCode(400)
                .body("errors.field", hasItem("said"));
        record(annualMeeting, "{\"speakerOrganizationId\": \"%s\", \"textAr\": \"كلام\"}".formatted(UUID.randomUUID()))
                .statusCode(422).body("errors.field", hasItem("speakerOrganizationId"));
        record(annualMeeting, "{\"speakerName\": \"x\", \"textAr\": \"كلام\", \"instruments\": [\"القرار 99999\"]}")
                .statusCode(422).body("errors.field", hasItem("instruments[0]"));
        record(UUID.randomUUID().toString(), "{\"speakerName\": \"x\", \"textAr\": \"كلام\"}").statusCode(404);
        given().auth().oauth2(TestTokens.reader(department)).contentType(ContentType.JSON)
                .body("{\"speakerName\": \"x\", \"textAr\": \"كلام\"}")
                .post("/meetings/" + annualMeeting + "/statements").then().statusCode(403);
        given().auth().oauth2(TestTokens.editor(UUID.randomUUID())).contentType(ContentType.JSON)
                .body("{\"speakerName\": \"x\", \"textAr\": \"كلام\"}")
                .post("/meetings/" + annualMeeting + "/statements").then().statusCode(403);
        assertUnchanged(before, counts(dataSource, "meeting_statement", "outbox_event"));
    }

    @Test
    void aRestrictedMeetingsStatementsAreForItsPartiesOnly() {
        String restricted = schedule("""
                {"kind": "internal_meeting", "titleAr": "اجتماع داخلي", "organizerId": "%s", "restricted": true}"""
                .formatted(department));
        String id = record(restricted, "{\"speakerName\": \"بدران جيا كرد\", \"textAr\": \"خطة عمل للعام الجديد\"}")
                .statusCode(201).extract().path("id");
        UUID outsider = UUID.randomUUID();
        given().auth().oauth2(TestTokens.reader(outsider)).get("/meetings/" + restricted + "/statements").then()
                .statusCode(200).body("redacted", equalTo(true)).body("items", empty());
        given().auth().oauth2(TestTokens.reader(outsider)).get("/meetings/" + restricted + "/statements/" + id)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.reader(outsider)).queryParam("q", "خطه عمل للعام").get("/statements")
                .then().statusCode(200).body("items", empty());
        given().auth().oauth2(TestTokens.reader(department)).queryParam("q", "خطه عمل للعام").get("/statements")
                .then().statusCode(200).body("items.id", contains(id))
                .body("items[0].meeting.titleAr", equalTo("اجتماع داخلي"));
    }

    @Test
    void statementsAreFoundByAnySpellingOfTheirWordsAndTheirSpeakersNamesAndAPersonsFollowMerges() {
        UUID jamous = UUID.randomUUID();
        UUID secondRecord = UUID.randomUUID();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        QuarkusTransaction.requiringNew().run(() -> {
            people.apply(new PersonState(jamous, 0, "بدر جاموس " + tag, "Badr Jamous", "د.",
                    List.of(OtherName.of("أبو بدر " + tag, null)), List.of(), null));
            people.apply(new PersonState(secondRecord, 1, "بدر الجاموس " + tag, null, null, List.of(), List.of(),
                    jamous));
        });
        String briefing = record(annualMeeting, """
                {"speakerPersonId": "%s", "speakerName": "الدكتور بدر جاموس",
                 "textAr": "قدّم إحاطة عامة حول هيئة التفاوض السورية وتأسيسها ومكوناتها %s"}"""
                .formatted(jamous, tag)).statusCode(201).extract().path("id");
        String earlier = record(annualMeeting, """
                {"speakerPersonId": "%s", "textAr": "أشار إلى أهمية التشاركية مع منظمات المجتمع المدني %s"}"""
                .formatted(secondRecord, tag)).statusCode(201).extract().path("id");

        assertEquals(List.of(briefing), find(Map.of("q", "احاطه عامه " + tag)), "folded words of the text");
        assertEquals(List.of(briefing), find(Map.of("q", "ابو بدر " + tag)), "a registered name of the speaker");
        assertEquals(List.of(briefing, earlier), find(Map.of("person", jamous.toString())));
        given().auth().oauth2(TestTokens.admin()).get("/people/" + jamous + "/statements").then().statusCode(200)
                .body("items.id", contains(briefing, earlier)).body("total", equalTo(2));
        given().auth().oauth2(TestTokens.admin()).queryParam("limit", 1).get("/people/" + jamous + "/statements")
                .then().body("items.id", contains(briefing));
        given().auth().oauth2(TestTokens.admin()).queryParam("person", "x").get("/statements").then().statusCode(400)
                .body("errors[0].field", equalTo("person"));
    }

    private List<String> find(Map<String, ?> params) {
        return given().auth().oauth2(TestTokens.admin()).queryParams(params).get("/statements").then()
                .statusCode(200).extract().path("items.id");
    }

    private List<String> types(String statement) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "select event_type from outbox_event where aggregate_id = ?1 order by seq", String.class)
                .setParameter(1, UUID.fromString(statement)).getResultList().stream().map(String.class::cast)
                .toList());
    }

    private static String header(ConsumerRecord<String, String> record) {
        var header = record.headers().lastHeader("ce_type");
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static ValidatableResponse record(String meeting, String body) {
        return admin().body(body).post("/meetings/" + meeting + "/statements").then();
    }
}
