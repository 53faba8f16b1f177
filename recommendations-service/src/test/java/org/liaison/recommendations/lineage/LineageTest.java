package org.liaison.recommendations.lineage;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.liaison.infra.testing.TestTokens;
import org.liaison.recommendations.Fixtures;
import org.liaison.recommendations.RecommendationsTestResource;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.liaison.recommendations.Fixtures.post;

/** "2023/8 became 2024/3": a carry-over links the two, sets the status, and is seen from both ends. */
@QuarkusTest
@WithTestResource(RecommendationsTestResource.class)
class LineageTest {

    @Test
    void aCarryOverIsSeenFromBothYears() {
        UUID dfr = Fixtures.organization("دائرة العلاقات الخارجية");
        String from = Fixtures.recommendation(Fixtures.adopt(Fixtures.set(dfr, 2023, "8",
                "تطوير الحوار السوري-السوري")), 8);
        String to = Fixtures.recommendation(Fixtures.adopt(Fixtures.set(dfr, 2024, "٣", "الحوار السوري-السوري")), 3);
        post(TestTokens.editor(dfr), "/recommendations/" + from + "/lineage",
                Map.of("relation", "carried_over_to", "recommendationId", to, "date", "2024-01"))
                .then().statusCode(201).body("other.year", equalTo(2024)).body("other.numberAsWritten", equalTo("٣"));
        given().auth().oauth2(TestTokens.reader(UUID.randomUUID())).get("/recommendations/" + from + "/lineage")
                .then().statusCode(200).body("recommendation.status", equalTo("carried_over"))
                .body("outgoing.relation", contains("carried_over_to")).body("outgoing[0].other.id", equalTo(to))
                .body("incoming", empty());
        given().auth().oauth2(TestTokens.reader(UUID.randomUUID())).get("/recommendations/" + to + "/lineage")
                .then().statusCode(200).body("incoming.relation", contains("carried_over_to"))
                .body("incoming[0].direction", equalTo("incoming"))
                .body("incoming[0].other.year", equalTo(2023)).body("incoming[0].other.number", equalTo(8));
        given().auth().oauth2(TestTokens.admin()).get("/recommendations/" + from + "/status")
                .then().body("items.status", contains("adopted", "carried_over"))
                .body("items[1].date", equalTo("2024-01"));
        // Once carried over, it cannot be carried over again.
        String another = Fixtures.recommendation(Fixtures.adopt(Fixtures.set(dfr, 2025, "1", "نص")), 1);
        post(TestTokens.admin(), "/recommendations/" + from + "/lineage",
                Map.of("relation", "carried_over_to", "recommendationId", another)).then().statusCode(409);
    }

    @Test
    void refusesLinksThatMakeNoSense() {
        UUID dfr = Fixtures.organization("دائرة العلاقات الخارجية");
        String early = Fixtures.recommendation(Fixtures.adopt(Fixtures.set(dfr, 2023, "1", "أ")), 1);
        String late = Fixtures.recommendation(Fixtures.adopt(Fixtures.set(dfr, 2024, "1", "ب")), 1);
        post(TestTokens.admin(), "/recommendations/" + late + "/lineage",
                Map.of("relation", "carried_over_to", "recommendationId", early))
                .then().statusCode(422).body("errors[0].field", equalTo("recommendationId"));
        post(TestTokens.admin(), "/recommendations/" + late + "/lineage",
                Map.of("relation", "repeats", "recommendationId", late))
                .then().statusCode(422);
        post(TestTokens.admin(), "/recommendations/" + late + "/lineage",
                Map.of("relation", "repeats", "recommendationId", early))
                .then().statusCode(201);
        post(TestTokens.admin(), "/recommendations/" + late + "/lineage",
                Map.of("relation", "repeats", "recommendationId", early))
                .then().statusCode(409);
        given().auth().oauth2(TestTokens.admin()).get("/recommendations/" + late).then()
                .body("status", equalTo("adopted"));
    }
}
