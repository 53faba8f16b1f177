package org.liaison.recommendations.action;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.liaison.recommendations.Fixtures.post;

/**
 * Actions (sub-results) of a recommendation: their progress rolls up, weighted, into the recommendation's; each write
 * reaches {@code recommendation.updated} through the real broker; who may report on the status manages them.
 */
@QuarkusTest
@WithTestResource(RecommendationsTestResource.class)
class ActionsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void actionsRollUpWeightedIntoTheRecommendationsProgress() throws Exception {
        UUID dfr = Fixtures.organization("دائرة العلاقات الخارجية");
        UUID europe = Fixtures.organization("ممثلية الإدارة الذاتية في أوروبا");
        String id = recommendation(dfr);
        String editor = TestTokens.editor(dfr);
        Response first = post(editor, "/recommendations/" + id + "/actions",
                Map.of("titleAr", "إعداد ملف عن الانتهاكات")).then().statusCode(201)
                .body("status", equalTo("planned")).body("progress", equalTo(0)).body("weight", equalTo(1))
                .extract().response();
        try (TopicReader topic = new TopicReader(bootstrapServers, Topics.RECOMMENDATIONS)) {
            post(editor, "/recommendations/" + id + "/actions", Map.of("titleAr", "لقاءات مع البرلمان الأوروبي",
                    "titleEn", "Meetings with the European Parliament", "leadOfficeId", europe.toString(),
                    "dueDate", "2024-06", "status", "in_progress", "progress", 40, "weight", 3))
                    .then().statusCode(201).body("leadOffice.nameAr", equalTo("ممثلية الإدارة الذاتية في أوروبا"))
                    .body("dueDate", equalTo("2024-06"));
            ConsumerRecord<String, String> updated = topic.await(r -> id.equals(r.key())
                    && EventTypes.RECOMMENDATION_UPDATED.equals(header(r, CloudEventHeaders.TYPE))
                    && r.value().contains("البرلمان الأوروبي"), "recommendation.updated with the second action",
                    Duration.ofSeconds(30));
            RecommendationState state = EventJson.mapper().readValue(updated.value(), RecommendationState.class);
            assertEquals(30, state.progress(), "(0×1 + 40×3) / 4");
            assertEquals(2, state.actions().size());
            assertEquals(europe, state.actions().get(1).leadOfficeId());
            assertEquals(3, state.actions().get(1).weight());
        }
        given().auth().oauth2(TestTokens.reader(dfr)).get("/recommendations/" + id)
                .then().body("progress", equalTo(30));
        String actionId = first.path("id");
        patch(editor, id, actionId, first.header("ETag"), Map.of("status", "done")).then().statusCode(200)
                .body("progress", equalTo(100));
        given().auth().oauth2(TestTokens.reader(dfr)).get("/recommendations/" + id)
                .then().body("progress", equalTo(55));
        // A status report on a recommendation with actions takes its progress from them.
        post(editor, "/recommendations/" + id + "/status", Map.of("status", "in_progress", "progress", 80))
                .then().statusCode(422).body("errors[0].field", equalTo("progress"));
        post(editor, "/recommendations/" + id + "/status", Map.of("status", "in_progress"))
                .then().statusCode(201).body("progress", equalTo(55));
        // A dropped action leaves the roll-up.
        String second = given().auth().oauth2(TestTokens.reader(dfr)).get("/recommendations/" + id + "/actions")
                .then().statusCode(200).body("items.titleAr", contains("إعداد ملف عن الانتهاكات",
                        "لقاءات مع البرلمان الأوروبي")).extract().path("items[1].id");
        String etag = given().auth().oauth2(TestTokens.reader(dfr))
                .get("/recommendations/" + id + "/actions/" + second).then().statusCode(200).extract().header("ETag");
        patch(TestTokens.editor(dfr), id, second, etag, Map.of("status", "dropped")).then().statusCode(200);
        given().auth().oauth2(TestTokens.reader(dfr)).get("/recommendations/" + id)
                .then().body("progress", equalTo(100)).body("status", equalTo("in_progress"));
    }

    @Test
    void onlyThoseWhoReportOnTheRecommendationManageItsActionsAndBadInputIsNamed() {
        UUID dfr = Fixtures.organization("دائرة العلاقات الخارجية");
        String id = recommendation(dfr);
        String editor = TestTokens.editor(dfr);
        post(TestTokens.editor(Fixtures.organization("هيئة أخرى")), "/recommendations/" + id + "/actions",
                Map.of("titleAr", "عمل")).then().statusCode(403);
        post(TestTokens.reader(dfr), "/recommendations/" + id + "/actions", Map.of("titleAr", "عمل"))
                .then().statusCode(403);
        post(editor, "/recommendations/" + id + "/actions", Map.of("titleAr", " ")).then().statusCode(400)
                .body("errors[0].field", equalTo("titleAr"));
        post(editor, "/recommendations/" + id + "/actions", Map.of("titleAr", "عمل", "weight", 0))
                .then().statusCode(400).body("errors[0].field", equalTo("weight"));
        post(editor, "/recommendations/" + id + "/actions", Map.of("titleAr", "عمل", "progress", 101))
                .then().statusCode(400).body("errors[0].field", equalTo("progress"));
        post(editor, "/recommendations/" + id + "/actions", Map.of("titleAr", "عمل", "status", "finished"))
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        post(editor, "/recommendations/" + id + "/actions", Map.of("titleAr", "عمل", "status", "done",
                "progress", 50)).then().statusCode(422).body("errors[0].field", equalTo("progress"));
        post(editor, "/recommendations/" + id + "/actions", Map.of("titleAr", "عمل", "leadOfficeId",
                UUID.randomUUID().toString())).then().statusCode(422).body("errors[0].field", equalTo("leadOfficeId"));
        given().auth().oauth2(TestTokens.reader(dfr)).get("/recommendations/" + id + "/actions")
                .then().statusCode(200).body("items", org.hamcrest.Matchers.hasSize(0));
        Response action = post(editor, "/recommendations/" + id + "/actions", Map.of("titleAr", "عمل"))
                .then().statusCode(201).extract().response();
        String actionId = action.path("id");
        patch(editor, id, actionId, null, Map.of("progress", 20)).then().statusCode(428);
        patch(editor, id, actionId, "\"7\"", Map.of("progress", 20)).then().statusCode(412);
        patch(editor, id, UUID.randomUUID().toString(), action.header("ETag"), Map.of("progress", 20))
                .then().statusCode(404);
        String other = recommendation(dfr);
        given().auth().oauth2(TestTokens.reader(dfr)).get("/recommendations/" + other + "/actions/" + actionId)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.reader(dfr)).get("/recommendations/" + id).then().body("progress", equalTo(0));
    }

    private static Response patch(String token, String recommendation, String action, String etag, Object body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (etag != null) {
            request = request.header("If-Match", etag);
        }
        return request.patch("/recommendations/" + recommendation + "/actions/" + action);
    }

    private static String recommendation(UUID organization) {
        return Fixtures.recommendation(Fixtures.adopt(Fixtures.set(organization, 2023, "٤",
                "تطوير العلاقات والتحالفات مع القوى الديمقراطية")), 4);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
