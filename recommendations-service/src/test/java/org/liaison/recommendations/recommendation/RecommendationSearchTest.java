package org.liaison.recommendations.recommendation;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/** {@code GET /recommendations?q=} finds any spelling of the words, in Arabic or English, and follows edits. */
@QuarkusTest
@WithTestResource(RecommendationsTestResource.class)
class RecommendationSearchTest {

    @Test
    void findsSpellingVariantsAndEnglishWordsAndFollowsEdits() {
        UUID department = Fixtures.organization("دائرة العلاقات الخارجية");
        Response set = Fixtures.adopt(Fixtures.set(department, 2023,
                "1", "الحشد الدبلوماسي لجميع مؤسسات الإدارة الذاتية",
                "٣", "حماية الإدارة الذاتية والسعي للاعتراف بها",
                "8", "الحوار السوري السوري طريقاً للحل السياسي"));
        String third = Fixtures.recommendation(set, 3);
        String eighth = Fixtures.recommendation(set, 8);

        search(department, "اعتراف").then().statusCode(200).body("items.id", contains(third));
        // hamza and taa marbuta written otherwise, as the articles do
        search(department, "للإعتراف بها").then().body("items.id", contains(third));
        search(department, "الاداره الذاتيه").then().body("items.numberAsWritten", contains("1", "٣"));

        String etag = given().auth().oauth2(TestTokens.admin()).get("/recommendations/" + eighth).then().statusCode(200)
                .extract().header("ETag");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("textEn", "Syrian-Syrian DIALOGUE as the path to a political solution", "themes",
                        List.of("dialogue")))
                .patch("/recommendations/" + eighth).then().statusCode(200);
        search(department, "dialogue").then().body("items.id", contains(eighth)).body("total", equalTo(1));
        search(department, "مؤتمر دولي").then().body("items", empty());
    }

    /** Scoped to the test's own department: other tests' recommendations name the same bodies. */
    private static Response search(UUID department, String q) {
        return given().auth().oauth2(TestTokens.admin()).queryParam("q", q).queryParam("limit", 50)
                .queryParam("organizationId", department).get("/recommendations");
    }
}
