package org.liaison.recommendations.access;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaison.infra.testing.BadInput;
import org.liaison.infra.testing.BadInputCase;
import org.liaison.infra.testing.BadInputClient;
import org.liaison.infra.testing.TestTokens;
import org.liaison.recommendations.Fixtures;
import org.liaison.recommendations.RecommendationsTestResource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
        post(TestTokens.editor(other), "/recommendations/" + id + "/status", Map.of("status", "planned")).then()
                .statusCode(403);
        given().auth().oauth2(TestTokens.editor(other)).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("textEn", "x")).patch("/recommendations/" + id).then().statusCode(403);
        // A supporting organisation reports progress, but does not rewrite the text.
        post(TestTokens.editor(supporter), "/recommendations/" + id + "/status", Map.of("status", "in_progress")).then()
                .statusCode(201);
        given().auth().oauth2(TestTokens.editor(supporter)).contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body(Map.of("textEn", "x")).patch("/recommendations/" + id).then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).get("/recommendations/" + id + "/status")
                .then().body("items.status", contains("adopted", "in_progress"));
        given().get("/recommendations/" + id).then().statusCode(401);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void answersBadInputWithTheField(String name, BadInputCase badInput) {
        UUID org = Fixtures.organization("دائرة العلاقات الخارجية");
        BadInputClient.Answer answer = send(badInput.filled(Map.of("org", org.toString())));
        assertEquals(badInput.status(), answer.status(), answer.body());
        assertThat(answer.body(), answer.contentType(), startsWith("application/problem+json"));
        BadInput.assertNames(answer.body(), badInput.field());
        given().auth().oauth2(TestTokens.admin()).get("/recommendation-sets?organizationId=" + org)
                .then().body("total", equalTo(0));
    }

    static Stream<Object[]> answersBadInputWithTheField() {
        return BadInputCase.arguments("recommendations-service/recommendation-set-bodies.csv");
    }

    /** A NUL in a text parameter (PostgreSQL cannot take one) or a cursor this service did not issue is a 400. */
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void l9_nulInQueryParametersAndForeignCursorsAre400(String name, BadInputCase badInput) {
        BadInputClient.Answer answer = send(badInput.filled(Map.of()));
        BadInput.assertProblem(400, answer.contentType(), answer.body(), answer.status());
        BadInput.assertNames(answer.body(), badInput.field());
    }

    static Stream<Object[]> l9_nulInQueryParametersAndForeignCursorsAre400() {
        return BadInputCase.arguments("recommendations-service/recommendation-query-parameters.csv");
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

    /** Cases of the shared files ({@code bad-input/recommendations-service/}), which fault F7 also sends under load. */
    private static BadInputClient.Answer send(BadInputCase filled) {
        return new BadInputClient(Duration.ofSeconds(60)).send(RestAssured.baseURI + ":" + RestAssured.port, filled);
    }
}
