package org.liaison.system;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.infra.testing.TestTokens;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The Syrian Democratic Council registered twice, once by its short name «مسـد» with a meeting organised
 * under that record; merging moves the meeting to the record that stays in meetings-service and in
 * recommendations-service's meeting directory, through the real broker, and undoing the merge moves it back.
 */
class OrganizationMergeIT {

    static LiaisonSystem system;

    @BeforeAll
    static void start() {
        system = LiaisonSystem.shared();
    }

    @Test
    void aMergeAndItsUndoReachMeetingsAndRecommendations() {
        String winner = orgs().body("""
                {"kind": "council", "nameAr": "مجلس سوريا الديمقراطية", "nameEn": "Syrian Democratic Council", \
                "distinct": true}""")
                .post("/organizations").then().statusCode(201).extract().path("id");
        String loser = orgs().body("""
                {"kind": "council", "nameAr": "مسـد", "distinct": true}""")
                .post("/organizations").then().statusCode(201).extract().path("id");
        String meeting = as(system.meetings.baseUrl).body("""
                {"kind": "internal_meeting", "titleAr": "مكتب العلاقات يجتمع مع الأحزاب والتشكيلات السياسية في «مسـد»",
                 "organizerId": "%s"}""".formatted(loser))
                .post("/meetings").then().statusCode(201).extract().path("id");
        awaitOrganizer(meeting, loser);

        orgs().body("{\"organizationId\": \"" + loser + "\"}").post("/organizations/" + winner + "/merge")
                .then().statusCode(200);
        long merged = System.nanoTime();
        awaitOrganizer(meeting, winner);
        System.out.printf("merge visible in both services after %d ms%n",
                Duration.ofNanos(System.nanoTime() - merged).toMillis());

        orgs().delete("/organizations/" + winner + "/merge/" + loser).then().statusCode(200);
        awaitOrganizer(meeting, loser);
    }

    private static void awaitOrganizer(String meeting, String organizer) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            as(system.meetings.baseUrl).get("/meetings/" + meeting).then().statusCode(200)
                    .body("organizerId", equalTo(organizer));
            as(system.recommendations.baseUrl).get("/directory/meetings/" + meeting).then().statusCode(200)
                    .body("organizerId", equalTo(organizer));
        });
    }

    private static RequestSpecification orgs() {
        return as(system.orgs.baseUrl);
    }

    private static RequestSpecification as(String baseUrl) {
        return given().auth().oauth2(TestTokens.admin()).baseUri(baseUrl).contentType(ContentType.JSON);
    }
}
