package org.liaison.recommendations.set;

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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.liaison.recommendations.Fixtures.adopt;
import static org.liaison.recommendations.Fixtures.post;

/** Sets and their numbered recommendations: created, read, changed, listed; numbers as written and unique. */
@QuarkusTest
@WithTestResource(RecommendationsTestResource.class)
class SetsAndRecommendationsTest {

    @Test
    void keepsTheArabicIndicNumberAsWrittenAndItsValue() {
        UUID dfr = Fixtures.organization("دائرة العلاقات الخارجية");
        Response set = adopt(Fixtures.set(dfr, 2023, "1", "تطوير العمل الدبلوماسي", "2", "تطوير الدبلوماسية المجتمعية",
                "٣", "لحماية ثورة 19 تموز والاعتراف بالإدارة الذاتية"));
        set.then().body("year", equalTo(2023)).body("issuingOrganization.nameAr", equalTo("دائرة العلاقات الخارجية"))
                .body("recommendations.number", contains(1, 2, 3))
                .body("recommendations.numberAsWritten", contains("1", "2", "٣"))
                .body("recommendations.status", contains("adopted", "adopted", "adopted"))
                .body("adoptingMeetingCancelled", equalTo(false));
        given().auth().oauth2(TestTokens.reader(UUID.randomUUID()))
                .get("/recommendations/" + Fixtures.recommendation(set, 3))
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("number", equalTo(3)).body("numberAsWritten", equalTo("٣")).body("year", equalTo(2023))
                .body("issuingOrganization.id", equalTo(dfr.toString()));
    }

    @Test
    void refusesANumberTakenInTheSetAndAnExistingId() {
        UUID dfr = Fixtures.organization("دائرة العلاقات الخارجية");
        Response set = adopt(Fixtures.set(dfr, 2023, "٣", "نص"));
        String setId = set.path("id");
        // «3» and «٣» are the same number.
        post(TestTokens.admin(), "/recommendation-sets/" + setId + "/recommendations",
                Map.of("numberAsWritten", "3", "textAr", "نص آخر"))
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("number"));
        post(TestTokens.admin(), "/recommendation-sets", Fixtures.set(dfr, 2024, "1", "أ", "١", "ب"))
                .then().statusCode(409).body("errors[0].field", equalTo("recommendations[1].number"));
        given().auth().oauth2(TestTokens.admin()).get("/recommendation-sets?year=2024&organizationId=" + dfr)
                .then().statusCode(200).body("total", equalTo(0)); // nothing half-written
        Map<String, Object> again = Fixtures.set(dfr, 2023);
        again.put("id", setId);
        post(TestTokens.admin(), "/recommendation-sets", again).then().statusCode(409)
                .body("existingId", equalTo(setId));
        post(TestTokens.admin(), "/recommendation-sets/" + setId + "/recommendations",
                Map.of("number", 4, "textAr", "الرابعة"))
                .then().statusCode(201).body("numberAsWritten", equalTo("4"));
        given().auth().oauth2(TestTokens.admin()).get("/recommendation-sets/" + setId).then()
                .body("recommendations.number", contains(3, 4)).header("ETag", "\"1\"");
    }

    @Test
    void aListNumberedInOrdinalWordsKeepsTheWordsAndTheirOrder() {
        UUID office = Fixtures.organization("مكتب العلاقات العامة");
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Fixtures.set(office, 2022, "ثانياً", "توحيد المعارضة", "أولاً", "تمتين الجبهة الداخلية"))
                .post("/recommendation-sets").then().statusCode(201)
                .body("recommendations.numberAsWritten", contains("أولاً", "ثانياً"))
                .body("recommendations.number", contains(1, 2));
        post(TestTokens.admin(), "/recommendation-sets", Fixtures.set(office, 2021, "أول", "تمتين الجبهة الداخلية"))
                .then().statusCode(422).body("errors[0].field", equalTo("recommendations[0].numberAsWritten"));
    }

    @Test
    void changesWithIfMatchOnly() {
        UUID dfr = Fixtures.organization("دائرة العلاقات الخارجية");
        Response set = adopt(Fixtures.set(dfr, 2023, "8", "تطوير الحوار السوري-السوري"));
        String id = Fixtures.recommendation(set, 8);
        patch("/recommendations/" + id, null, Map.of("textEn", "Develop the Syrian-Syrian dialogue")).then()
                .statusCode(428);
        patch("/recommendations/" + id, "\"0\"", Map.of("textEn", "x")).then().statusCode(412);
        patch("/recommendations/" + id, "\"1\"",
                Map.of("textEn", "Develop the Syrian-Syrian dialogue", "themes", List.of("dialogue")))
                .then().statusCode(200).header("ETag", "\"2\"").body("themes", contains("dialogue"));
        patch("/recommendation-sets/" + set.path("id"), "\"0\"",
                Map.of("titleEn", "Work plan 2023", "adoptedOn", "2023-01"))
                .then().statusCode(200).body("titleEn", equalTo("Work plan 2023"))
                .body("adoptedOn", equalTo("2023-01"));
    }

    @Test
    void listsByOrganisationYearThemeAndStatus() {
        UUID dfr = Fixtures.organization("دائرة العلاقات الخارجية");
        UUID lead = Fixtures.organization("ممثلية الإدارة الذاتية في أوروبا");
        Map<String, Object> body = Fixtures.set(dfr, 2023, "1", "أ");
        body.put("recommendations",
                List.of(Map.of("numberAsWritten", "1", "textAr", "أ", "themes", List.of("diplomacy")),
                Map.of("numberAsWritten", "2", "textAr", "ب", "themes", List.of("justice"), "leadOfficeId",
                        lead.toString())));
        Response set = adopt(body);
        String reader = TestTokens.reader(UUID.randomUUID());
        given().auth().oauth2(reader).get("/recommendations?organizationId=" + dfr + "&theme=justice")
                .then().statusCode(200).body("total", equalTo(1)).body("totalIsEstimate", equalTo(false))
                .body("items[0].number", equalTo(2))
                .body("items[0].leadOffice.nameAr", equalTo("ممثلية الإدارة الذاتية في أوروبا"));
        given().auth().oauth2(reader).get("/recommendations?organizationId=" + lead)
                .then().body("total", equalTo(1));
        given().auth().oauth2(reader).get("/recommendations?organizationId=" + dfr + "&year=2024").then()
                .body("total", equalTo(0));
        given().auth().oauth2(reader).get("/recommendations?organizationId=" + dfr + "&status=adopted&limit=1")
                .then().body("total", equalTo(2)).body("items.size()", equalTo(1))
                .body("nextCursor", not(equalTo(null)));
        given().auth().oauth2(reader).get("/recommendation-sets?organizationId=" + dfr + "&year=2023")
                .then().body("items.id", hasItem(set.path("id").toString()));
    }

    private static Response patch(String path, String ifMatch, Object body) {
        var request = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.patch(path);
    }
}
