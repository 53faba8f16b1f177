package org.liaison.recommendations.access;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
import static org.liaison.recommendations.Fixtures.post;

/** Who may change what, and bad input answered with the field at fault; a refused write changes nothing. */
@QuarkusTest
@WithTestResource(RecommendationsTestResource.class)
class AccessAndBadInputTest {

    @Test
    void editorsChangeWhatTheirOfficeIssuesLeadsOrSupports() {
        UUID dfr = Fixtures.organization("دائرة العلاقات الخارجية");
        UUID supporter = Fixtures.organization("هيئة الصحة");
        UUID other = Fixtures.organization("مكتب آخر");
        post(TestTokens.editor(other), "/recommendation-sets", Fixtures.set(dfr, 2023, "1", "أ")).then().statusCode(403)
                .contentType("application/problem+json");
        post(TestTokens.reader(dfr), "/recommendation-sets", Fixtures.set(dfr, 2023, "1", "أ")).then().statusCode(403);
        Map<String, Object> body = Fixtures.set(dfr, 2023);
        body.put("recommendations", List.of(Map.of("number", 6, "textAr", "العمل على كسب المزيد من الدعم",
                "supportingOrganizationIds", List.of(supporter.toString()))));
        String id = Fixtures.recommendation(post(TestTokens.editor(dfr), "/recommendation-sets", body)
                .then().statusCode(201).extract().response(), 6);
        post(TestTokens.editor(other), "/recommendations/" + id + "/status", Map.of("status", "planned")).then().statusCode(403);
        given().auth().oauth2(TestTokens.editor(other)).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("textEn", "x")).patch("/recommendations/" + id).then().statusCode(403);
        // A supporting organisation reports progress, but does not rewrite the text.
        post(TestTokens.editor(supporter), "/recommendations/" + id + "/status", Map.of("status", "in_progress")).then().statusCode(201);
        given().auth().oauth2(TestTokens.editor(supporter)).contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body(Map.of("textEn", "x")).patch("/recommendations/" + id).then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).get("/recommendations/" + id + "/status")
                .then().body("items.status", contains("adopted", "in_progress"));
        given().get("/recommendations/" + id).then().statusCode(401);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            blank Arabic title       | 400 | titleAr                       | {"issuingOrganizationId":"{org}","year":2023,"titleAr":" "}
            no year                  | 400 | year                          | {"issuingOrganizationId":"{org}","titleAr":"ت"}
            year out of range        | 400 | year                          | {"issuingOrganizationId":"{org}","year":99,"titleAr":"ت"}
            year as text             | 400 | year                          | {"issuingOrganizationId":"{org}","year":"2023","titleAr":"ت"}
            unknown field            | 400 | colour                        | {"issuingOrganizationId":"{org}","year":2023,"titleAr":"ت","colour":1}
            bad partial date         | 400 | adoptedOn                     | {"issuingOrganizationId":"{org}","year":2023,"titleAr":"ت","adoptedOn":"2023-13"}
            source without publisher | 400 | sources[0].identified         | {"issuingOrganizationId":"{org}","year":2023,"titleAr":"ت","sources":[{"note":"x"}]}
            number not digits        | 400 | recommendations[0].numberAsWritten | {"issuingOrganizationId":"{org}","year":2023,"titleAr":"ت","recommendations":[{"numberAsWritten":"three","textAr":"أ"}]}
            no number at all         | 422 | recommendations[0].number     | {"issuingOrganizationId":"{org}","year":2023,"titleAr":"ت","recommendations":[{"textAr":"أ"}]}
            number and writing differ| 422 | recommendations[0].number     | {"issuingOrganizationId":"{org}","year":2023,"titleAr":"ت","recommendations":[{"number":4,"numberAsWritten":"٣","textAr":"أ"}]}
            unknown organisation     | 422 | issuingOrganizationId         | {"issuingOrganizationId":"{random}","year":2023,"titleAr":"ت"}
            unknown lead office      | 422 | recommendations[0].leadOfficeId | {"issuingOrganizationId":"{org}","year":2023,"titleAr":"ت","recommendations":[{"number":1,"textAr":"أ","leadOfficeId":"{random}"}]}
            unknown adopting meeting | 422 | adoptingMeetingId             | {"issuingOrganizationId":"{org}","year":2023,"titleAr":"ت","adoptingMeetingId":"{random}"}
            """)
    void answersBadInputWithTheField(String name, int status, String field, String body) {
        UUID org = Fixtures.organization("دائرة العلاقات الخارجية");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(body.replace("{org}", org.toString()).replace("{random}", UUID.randomUUID().toString()))
                .post("/recommendation-sets").then().statusCode(status).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
        given().auth().oauth2(TestTokens.admin()).get("/recommendation-sets?organizationId=" + org)
                .then().body("total", equalTo(0));
    }

    /** A NUL in a text parameter (PostgreSQL cannot take one) or a cursor this service did not issue is a 400. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = ';', textBlock = """
            /recommendations        ; theme          ; diplomacy{nul}
            /recommendations        ; theme          ; {nul}
            /recommendations        ; q              ; الحوار السوري{nul}
            /recommendations        ; instrument     ; {nul}
            /recommendations        ; organizationId ; {nul}
            /recommendations        ; cursor         ; {nul}
            /recommendations        ; cursor         ; MjAyMy0wMS0wMXx4
            /recommendation-sets    ; cursor         ; bm9wZQ
            """)
    void l9_nulInQueryParametersAndForeignCursorsAre400(String path, String param, String value) {
        var response = given().auth().oauth2(TestTokens.reader(UUID.randomUUID()))
                .queryParam(param, value.replace("{nul}", "\u0000")).get(path);
        org.liaison.infra.testing.BadInput.assertProblem(response, 400);
        org.liaison.infra.testing.BadInput.assertNames(response, param);
    }

    @Test
    void unknownRecordsAndBadParametersAreProblems() {
        given().auth().oauth2(TestTokens.admin()).get("/recommendations/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).get("/recommendation-sets?year=abc").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        given().auth().oauth2(TestTokens.admin()).get("/recommendations?status=done").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        given().auth().oauth2(TestTokens.admin()).get("/recommendations?limit=0").then().statusCode(400);
    }
}
