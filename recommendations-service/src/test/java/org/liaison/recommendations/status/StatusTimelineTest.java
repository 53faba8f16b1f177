package org.liaison.recommendations.status;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.liaison.infra.testing.TestTokens;
import org.liaison.recommendations.Fixtures;
import org.liaison.recommendations.RecommendationsTestResource;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.liaison.recommendations.Fixtures.post;

/** The status timeline: entries added, never overwritten, oldest first; nonsensical changes refused. */
@QuarkusTest
@WithTestResource(RecommendationsTestResource.class)
class StatusTimelineTest {

    @Test
    void keepsEveryReportOldestFirst() {
        UUID dfr = Fixtures.organization("دائرة العلاقات الخارجية");
        String id = recommendation(dfr);
        String editor = TestTokens.editor(dfr);
        post(editor, "/recommendations/" + id + "/status", Map.of("status", "in_progress", "date", "2023-06",
                "note", "مشاورات مع ممثليات الخارج", "sourceUrls", List.of("https://example.org/a")))
                .then().statusCode(201).body("status", equalTo("in_progress")).body("kind", equalTo("status_change"))
                .body("reportedBy.id", equalTo(dfr.toString()));
        // Reported later, but dated earlier: it sorts before the June report.
        post(editor, "/recommendations/" + id + "/status", Map.of("status", "in_progress", "date", "2023-03"))
                .then().statusCode(201);
        post(editor, "/recommendations/" + id + "/status",
                Map.of("status", "partially_implemented", "date", "2023-12-31"))
                .then().statusCode(201);
        given().auth().oauth2(TestTokens.reader(UUID.randomUUID())).get("/recommendations/" + id + "/status")
                .then().statusCode(200)
                .body("items.status", contains("adopted", "in_progress", "in_progress", "partially_implemented"))
                .body("items.date", contains(null, "2023-03", "2023-06", "2023-12-31"));
        given().auth().oauth2(TestTokens.admin()).get("/recommendations/" + id)
                .then().body("status", equalTo("partially_implemented")).header("ETag", "\"4\"");
    }

    @Test
    void refusesChangesTheLifeCycleDoesNotAllow() {
        UUID dfr = Fixtures.organization("دائرة العلاقات الخارجية");
        String id = recommendation(dfr);
        post(TestTokens.admin(), "/recommendations/" + id + "/status", Map.of("status", "implemented")).then()
                .statusCode(201);
        post(TestTokens.admin(), "/recommendations/" + id + "/status", Map.of("status", "in_progress"))
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("status")).body("currentStatus", equalTo("implemented"));
        post(TestTokens.admin(), "/recommendations/" + id + "/status", Map.of("status", "adopted")).then()
                .statusCode(409);
        String other = recommendation(dfr);
        post(TestTokens.admin(), "/recommendations/" + other + "/status", Map.of("status", "carried_over"))
                .then().statusCode(422).body("errors[0].field", equalTo("status"));
        post(TestTokens.admin(), "/recommendations/" + other + "/status", Map.of("status", "finished"))
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().auth().oauth2(TestTokens.admin()).get("/recommendations/" + id + "/status")
                .then().body("items.status", contains("adopted", "implemented"));
    }

    @Test
    void onlyAdminsReportForAnotherOffice() {
        UUID dfr = Fixtures.organization("دائرة العلاقات الخارجية");
        UUID representation = Fixtures.organization("ممثلية الإدارة الذاتية في أوروبا");
        String id = recommendation(dfr);
        post(TestTokens.editor(dfr), "/recommendations/" + id + "/status",
                Map.of("status", "planned", "reportedBy", representation.toString())).then().statusCode(403);
        post(TestTokens.admin(), "/recommendations/" + id + "/status",
                Map.of("status", "planned", "reportedBy", representation.toString()))
                .then().statusCode(201).body("reportedBy.nameAr", equalTo("ممثلية الإدارة الذاتية في أوروبا"));
    }

    private static String recommendation(UUID organization) {
        Response set = Fixtures.adopt(Fixtures.set(organization, 2023, "٣", "لحماية ثورة 19 تموز"));
        return Fixtures.recommendation(set, 3);
    }
}
