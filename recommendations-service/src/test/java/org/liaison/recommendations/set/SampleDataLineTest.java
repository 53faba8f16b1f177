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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * sample-data/recommendations.jsonl, as the sample-data loader (embedded-infra SampleData) sends it: article 004's 2023
 * work plan in one POST, with its source and its English texts as the article says them, and the same line again
 * answered 409 naming the same id (which the loader counts as "already there").
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
                .body("sources[0].title", equalTo(
                        "دائرة العلاقات الخارجية للإدارة الذاتية عقدت اجتماعها السنوي وخرجت بجملة من التوصيات"))
                .body("sources[0].quote", equalTo(
                        "وفي نهاية الاجتماع تم الخروج بجملة من التوصيات وتم تبنيها كمخطط عمل للعام 2023"))
                .body("sources[0].language", equalTo("ar"))
                .body("sources[0].note", startsWith("North Pulse (نورث بالس), «دائرة العلاقات الخارجية"))
                .body("recommendations.numberAsWritten", contains("1", "2", "٣", "4", "5", "6", "7", "8"))
                .body("recommendations.number", contains(1, 2, 3, 4, 5, 6, 7, 8))
                // The English says what the Arabic says, in full.
                .body("recommendations[0].textAr", containsString("الحرب الشعبية الثورية وظيفة كل المؤسسات"))
                .body("recommendations[0].textEn",
                        containsString("the revolutionary people's war is the task of every institution"))
                .body("recommendations[2].textEn", startsWith("To protect the 19 July revolution and win "
                        + "recognition of the Autonomous Administration"))
                .body("recommendations[2].textEn", containsString("to end the Turkish occupation and its attacks"))
                .body("recommendations[1].textEn", containsString("make public opinion sensitive to our just cause"))
                .body("recommendations[4].textEn", containsString("(political, economic, humanitarian and "
                        + "intellectual) in the operations against ISIS and terrorism"))
                .body("recommendations[6].textEn", containsString("those responsible for the attacks our people "
                        + "suffer in the safe areas"))
                .extract().path("id");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(line)
                .post("/recommendation-sets").then().statusCode(409).body("existingId", equalTo(id));
        // The loader takes the line's first key, "id", as the record's.
        org.junit.jupiter.api.Assertions.assertTrue(line.startsWith("{\"id\": \"" + id + "\""), line);
    }
}
