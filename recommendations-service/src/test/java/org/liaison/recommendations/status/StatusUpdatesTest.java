package org.liaison.recommendations.status;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.CloudEventHeaders;
import org.liaison.contracts.EventJson;
import org.liaison.contracts.EventTypes;
import org.liaison.contracts.RecommendationState;
import org.liaison.contracts.Topics;
import org.liaison.infra.testing.TestTokens;
import org.liaison.infra.testing.TopicReader;
import org.liaison.recommendations.Fixtures;
import org.liaison.recommendations.RecommendationsTestResource;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Bulk status updates of a set from a CSV file: the template, all or nothing with every refused line named,
 * the same file twice changing nothing, and the same access rules as one report at a time; events through the
 * real broker, data in the real database.
 */
@QuarkusTest
@WithTestResource(RecommendationsTestResource.class)
class StatusUpdatesTest {

    private static final String HEADER = "number,id,status,progress,date,note,meeting_ids,source_urls\n";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theTemplateListsTheSetsRecommendationsAndUploadedAsItIsChangesNothing() throws Exception {
        UUID dfr = Fixtures.organization("دائرة العلاقات الخارجية");
        Response set = workPlan(dfr, null);
        String csv = given().auth().oauth2(TestTokens.reader(dfr))
                .get("/recommendation-sets/" + set.path("id") + "/status-updates/template.csv")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", startsWith("attachment")).extract().asString();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertEquals(List.of("number", "id", "text_ar", "current_status", "current_progress", "status", "progress",
                "date", "note", "meeting_ids", "source_urls"), rows.get(0).getParser().getHeaderNames());
        assertEquals(3, rows.size());
        assertEquals("٣", rows.get(2).get("number"));
        assertEquals(Fixtures.recommendation(set, 3), rows.get(2).get("id"));
        assertEquals("adopted", rows.get(2).get("current_status"));
        assertEquals("0", rows.get(2).get("current_progress"));
        assertEquals("", rows.get(2).get("status"));

        upload(TestTokens.editor(dfr), set, csv).then().statusCode(200)
                .body("applied", equalTo(0)).body("empty", equalTo(3)).body("lines.outcome", hasItem("empty"));
        given().auth().oauth2(TestTokens.reader(dfr)).get("/recommendations/" + Fixtures.recommendation(set, 3))
                .then().body("version", equalTo(1)).body("status", equalTo("adopted"));
    }

    @Test
    void appliesEveryLineWithItsEventAndTheSameFileTwiceChangesNothing() throws Exception {
        UUID dfr = Fixtures.organization("دائرة العلاقات الخارجية");
        Response set = workPlan(dfr, null);
        String one = Fixtures.recommendation(set, 1);
        String three = Fixtures.recommendation(set, 3);
        UUID meeting = Fixtures.meeting(dfr, "held", 0, List.of());
        // By number as written and by id; two reports on one recommendation apply in file order.
        String file = HEADER
                + "٣,,in_progress,40,2023-06,\"مشاورات مع ممثليات الخارج، وتحضير ملف\"," + meeting
                + ",https://example.org/a https://example.org/b\n"
                + "," + one + ",in_progress,20%,2023-03,,,\n"
                + "1,,partially_implemented,60,2023-12,,,\n"
                + "2,,,,,,,\n";
        try (TopicReader topic = new TopicReader(bootstrapServers, Topics.RECOMMENDATIONS)) {
            upload(TestTokens.editor(dfr), set, file).then().statusCode(200)
                    .body("applied", equalTo(3)).body("unchanged", equalTo(0)).body("empty", equalTo(1))
                    .body("lines.line", contains(2, 3, 4, 5))
                    .body("lines.outcome", contains("applied", "applied", "applied", "empty"))
                    .body("lines[0].recommendationId", equalTo(three)).body("lines[0].number", equalTo("٣"));
            ConsumerRecord<String, String> changed = topic.await(r -> three.equals(r.key())
                    && EventTypes.RECOMMENDATION_STATUS_CHANGED.equals(header(r, CloudEventHeaders.TYPE)),
                    "recommendation.status-changed of ٣", Duration.ofSeconds(30));
            RecommendationState state = EventJson.mapper().readValue(changed.value(), RecommendationState.class);
            assertEquals("in_progress", state.status());
            assertEquals(40, state.progress());
            assertEquals(List.of(meeting), state.timeline().get(1).meetingIds());
            topic.await(r -> one.equals(r.key()) && r.value().contains("\"partially_implemented\""),
                    "the second report on 1", Duration.ofSeconds(30));
        }
        given().auth().oauth2(TestTokens.reader(dfr)).get("/recommendations/" + three + "/status")
                .then().body("items.status", contains("adopted", "in_progress"))
                .body("items[1].progress", equalTo(40)).body("items[1].date", equalTo("2023-06"))
                .body("items[1].note", equalTo("مشاورات مع ممثليات الخارج، وتحضير ملف"))
                .body("items[1].sourceUrls", contains("https://example.org/a", "https://example.org/b"))
                .body("items[1].reportedBy.id", equalTo(dfr.toString()));
        given().auth().oauth2(TestTokens.reader(dfr)).get("/recommendations/" + one)
                .then().body("status", equalTo("partially_implemented")).body("progress", equalTo(60))
                .body("version", equalTo(3));

        upload(TestTokens.editor(dfr), set, file).then().statusCode(200)
                .body("applied", equalTo(0)).body("unchanged", equalTo(3))
                .body("lines.outcome", contains("unchanged", "unchanged", "unchanged", "empty"));
        given().auth().oauth2(TestTokens.reader(dfr)).get("/recommendations/" + one)
                .then().body("version", equalTo(3));
        given().auth().oauth2(TestTokens.reader(dfr)).get("/recommendations/" + three + "/status")
                .then().body("items", hasSize(2));
    }

    @Test
    void oneLineThatCannotBeAppliedAppliesNoneAndEveryBadLineIsNamed() throws Exception {
        UUID dfr = Fixtures.organization("دائرة العلاقات الخارجية");
        Response set = workPlan(dfr, null);
        String two = Fixtures.recommendation(set, 2);
        post(TestTokens.admin(), "/recommendations/" + two + "/status", Map.of("status", "implemented"))
                .then().statusCode(201);
        String file = HEADER
                + "1,,in_progress,30,2023-05,,,\n"          // fine on its own
                + "2,,in_progress,,,,,\n"                    // implemented is final
                + "٣,,implemented,50,,,,\n"                  // implemented is 100
                + "7,,planned,,,,,\n"                        // no such recommendation
                + "1,,finished,101,2023-02-30,,not-an-id,ftp://x\n"
                + "1,,in_progress,,,," + UUID.randomUUID() + ",\n";
        upload(TestTokens.editor(dfr), set, file).then().statusCode(422)
                .contentType("application/problem+json")
                .body("lines.line", contains(3, 4, 5, 6, 7))
                .body("lines.find { it.line == 3 }.errors.field", contains("status"))
                .body("lines.find { it.line == 4 }.errors.field", contains("progress"))
                .body("lines.find { it.line == 5 }.errors.field", contains("number"))
                .body("lines.find { it.line == 6 }.errors.field",
                        containsInAnyOrder("status", "progress", "date", "meeting_ids", "source_urls"))
                .body("lines.find { it.line == 7 }.errors.field", contains("meeting_ids"))
                .body("errors.field", hasItem("lines[4].progress"));
        given().auth().oauth2(TestTokens.reader(dfr)).get("/recommendations/" + Fixtures.recommendation(set, 1))
                .then().body("status", equalTo("adopted")).body("version", equalTo(1));
    }

    @Test
    void aLineOnARecommendationTheCallerMayNotChangeIsRefusedWithTheOthers() throws Exception {
        UUID dfr = Fixtures.organization("دائرة العلاقات الخارجية");
        UUID europe = Fixtures.organization("ممثلية الإدارة الذاتية في أوروبا");
        Response set = workPlan(dfr, europe);
        String europes = TestTokens.editor(europe);
        upload(europes, set, HEADER + "1,,in_progress,10,,,,\n2,,in_progress,10,,,,\n").then().statusCode(422)
                .body("lines.line", contains(2))
                .body("lines[0].errors[0].message", startsWith("your office may not change"));
        given().auth().oauth2(TestTokens.reader(dfr)).get("/recommendations/" + Fixtures.recommendation(set, 2))
                .then().body("status", equalTo("adopted"));
        // The line it may apply alone: the representation leads recommendation 2.
        upload(europes, set, HEADER + "2,,in_progress,10,,,,\n").then().statusCode(200).body("applied", equalTo(1));
        // Even an unchanged line is refused to an office that may not report on it.
        upload(TestTokens.editor(Fixtures.organization("هيئة أخرى")), set, HEADER + "2,,in_progress,10,,,,\n")
                .then().statusCode(422).body("lines.line", contains(2));
        upload(TestTokens.reader(dfr), set, HEADER + "1,,in_progress,10,,,,\n").then().statusCode(403);
    }

    @Test
    void aFileThatIsNotOneIsRefusedNamingWhatIsWrong() throws Exception {
        UUID dfr = Fixtures.organization("دائرة العلاقات الخارجية");
        Response set = workPlan(dfr, null);
        String editor = TestTokens.editor(dfr);
        upload(editor, set, "number,status,colour\n1,planned,red\n").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("colour"));
        upload(editor, set, "number,progress\n1,20\n").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        upload(editor, set, "status,progress\nplanned,20\n").then().statusCode(400)
                .body("errors[0].field", equalTo("number"));
        upload(editor, set, "").then().statusCode(400);
        upload(editor, set, HEADER + "1,,planned,,,\"unclosed\n").then().statusCode(400);
        upload(editor, set, HEADER + "1,,in_progress,,,,,\n".repeat(501)).then().statusCode(413)
                .contentType("application/problem+json").body("maxLines", equalTo(500));
        given().auth().oauth2(editor).contentType("text/csv").body(HEADER)
                .post("/recommendation-sets/" + UUID.randomUUID() + "/status-updates").then().statusCode(404);
        given().auth().oauth2(editor).get("/recommendation-sets/" + UUID.randomUUID() + "/status-updates/template.csv")
                .then().statusCode(404);
    }

    private static Response workPlan(UUID organization, UUID leadOfTwo) {
        Map<String, Object> body = Fixtures.set(organization, 2023, "1", "تطوير العمل الدبلوماسي",
                "2", "تطوير الدبلوماسية المجتمعية", "٣", "لحماية ثورة 19 تموز");
        if (leadOfTwo != null) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) body.get("recommendations");
            items.get(1).put("leadOfficeId", leadOfTwo.toString());
        }
        return Fixtures.adopt(body);
    }

    private static Response upload(String token, Response set, String csv) {
        return given().auth().oauth2(token).contentType("text/csv; charset=UTF-8")
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/recommendation-sets/" + set.path("id") + "/status-updates");
    }

    private static Response post(String token, String path, Object body) {
        return Fixtures.post(token, path, body);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
