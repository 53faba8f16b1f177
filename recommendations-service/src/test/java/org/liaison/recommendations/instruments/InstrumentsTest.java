package org.liaison.recommendations.instruments;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
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

/** Referenced instruments are resolved with the shared resolver; one it cannot resolve is refused by its field. */
@QuarkusTest
@WithTestResource(RecommendationsTestResource.class)
class InstrumentsTest {

    @Test
    void resolvesAndFiltersByInstrument() {
        UUID dfr = Fixtures.organization("دائرة العلاقات الخارجية");
        String setId = Fixtures.adopt(Fixtures.set(dfr, 2023)).path("id");
        post(TestTokens.admin(), "/recommendation-sets/" + setId + "/recommendations", Map.of("number", 8,
                "textAr", "العمل على تطوير الحوار السوري-السوري", "instruments",
                List.of("القرار 2254", "cedaw", "unsc-2254")))
                .then().statusCode(201).body("instruments.id", contains("unsc-2254", "cedaw"))
                .body("instruments[0].year", equalTo(2015));
        given().auth().oauth2(TestTokens.admin())
                .get("/recommendations?organizationId=" + dfr + "&instrument=unsc-2254")
                .then().statusCode(200).body("total", equalTo(1));
        given().auth().oauth2(TestTokens.admin())
                .get("/recommendations?organizationId=" + dfr + "&instrument=unsc-1325")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(TestTokens.admin()).get("/recommendations?instrument=nothing")
                .then().statusCode(400).body("errors[0].field", equalTo("instrument"));
    }

    @Test
    void refusesAReferenceToNoKnownInstrument() {
        UUID dfr = Fixtures.organization("دائرة العلاقات الخارجية");
        Map<String, Object> body = Fixtures.set(dfr, 2023);
        body.put("recommendations", List.of(Map.of("number", 1, "textAr", "أ",
                "instruments", List.of("القرار 2254", "اتفاقية جنيف الرابعة"))));
        post(TestTokens.admin(), "/recommendation-sets", body).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("recommendations[0].instruments[1]"));
        given().auth().oauth2(TestTokens.admin()).get("/recommendation-sets?organizationId=" + dfr)
                .then().body("total", equalTo(0));
    }
}
