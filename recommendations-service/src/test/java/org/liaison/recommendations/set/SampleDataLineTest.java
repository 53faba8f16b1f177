package org.liaison.recommendations.set;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.OrganizationState;
import org.liaison.infra.testing.TestTokens;
import org.liaison.recommendations.Fixtures;
import org.liaison.recommendations.RecommendationsTestResource;
import org.liaison.support.directory.OrganizationDirectory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * sample-data/recommendations.jsonl, as the sample-data loader (embedded-infra SampleData) sends it: article 004's 2023
 * work plan in one POST, and the same line again answered 409 naming the same id (which the loader counts as "already
 * there").
 */
@QuarkusTest
@WithTestResource(RecommendationsTestResource.class)
class SampleDataLineTest {

    static final UUID DFR = UUID.fromString("cd8bd394-f0bf-53e0-9fa2-8178258b8840");
    static final UUID ANNUAL_MEETING = UUID.fromString("791dfc39-f450-5d96-9dec-f2dabff70f82");

    @Test
    void loadsTheWorkPlanOnce() throws Exception {
        Fixtures.meeting(ANNUAL_MEETING, DFR, "held", 0, List.of());
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> io.quarkus.arc.Arc.container()
                .instance(OrganizationDirectory.class).get()
                .apply(new OrganizationState(DFR, 0, "department", "دائرة العلاقات الخارجية",
                        "Department of Foreign Relations")));
        List<String> lines = Files.readAllLines(Path.of("..", "sample-data", "recommendations.jsonl"));
        String line = lines.get(0);
        String id = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(line)
                .post("/recommendation-sets").then().statusCode(201)
                .body("year", equalTo(2023)).body("adoptedOn", nullValue())
                .body("issuingOrganization.nameEn", equalTo("Department of Foreign Relations"))
                .body("sources[0].publisher", equalTo("نورث بالس"))
                .body("recommendations.numberAsWritten", contains("1", "2", "٣", "4", "5", "6", "7", "8"))
                .body("recommendations.number", contains(1, 2, 3, 4, 5, 6, 7, 8))
                .extract().path("id");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(line)
                .post("/recommendation-sets").then().statusCode(409).body("existingId", equalTo(id));
        // The loader takes the line's first key, "id", as the record's.
        org.junit.jupiter.api.Assertions.assertTrue(line.startsWith("{\"id\": \"" + id + "\""), line);
    }
}
