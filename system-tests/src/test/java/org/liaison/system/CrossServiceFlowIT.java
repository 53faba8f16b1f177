package org.liaison.system;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.infra.testing.TestTokens;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The first flow end to end through the real broker: register an organisation, name it in a meeting at
 * once, rename it; both other services show the new name.
 */
class CrossServiceFlowIT {

    static LiaisonSystem system;

    @BeforeAll
    static void start() {
        system = LiaisonSystem.shared();
    }

    @Test
    void aRenameReachesTheMeetingAndTheRecommendationsDirectory() {
        String orgId = given().auth().oauth2(TestTokens.admin()).baseUri(system.orgs.baseUrl)
                .contentType(ContentType.JSON)
                .body("""
                        {"kind": "negotiation_body", "nameAr": "هيئة التفاوض السورية", \
                        "nameEn": "Syrian Negotiation Commission", "distinct": true}""")
                .post("/organizations").then().statusCode(201).extract().path("id");

        // At once: the directory may not have the organisation yet, and the meeting must not be refused.
        String meetingId = given().auth().oauth2(TestTokens.admin()).baseUri(system.meetings.baseUrl)
                .contentType(ContentType.JSON)
                .body("""
                        {"kind": "expanded_meeting", "titleAr": "اجتماع موسع مع مديري منظمات المجتمع المدني السوري",
                         "date": "2024-06-10", "organizerId": "%s"}""".formatted(orgId))
                .post("/meetings").then().statusCode(201)
                .body("organizer.nameAr", equalTo("هيئة التفاوض السورية"))
                .extract().path("id");

        given().auth().oauth2(TestTokens.admin()).baseUri(system.orgs.baseUrl).contentType(ContentType.JSON)
                .body("""
                        {"nameAr": "هيئة التفاوض لقوى الثورة والمعارضة السورية"}""")
                .header("If-Match", "\"0\"")
                .patch("/organizations/" + orgId).then().statusCode(200);
        long renamed = System.nanoTime();

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.admin()).baseUri(system.meetings.baseUrl).get("/meetings/" + meetingId)
                        .then().statusCode(200)
                        .body("organizer.nameAr", equalTo("هيئة التفاوض لقوى الثورة والمعارضة السورية")));
        long seenInMeetings = System.nanoTime();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.admin()).baseUri(system.recommendations.baseUrl)
                        .get("/directory/meetings/" + meetingId).then().statusCode(200)
                        .body("date", equalTo("2024-06-10"))
                        .body("organizer.nameAr", equalTo("هيئة التفاوض لقوى الثورة والمعارضة السورية")));
        long seenInRecommendations = System.nanoTime();
        System.out.printf("rename visible in meetings-service after %d ms, in recommendations-service after %d ms%n",
                Duration.ofNanos(seenInMeetings - renamed).toMillis(),
                Duration.ofNanos(seenInRecommendations - renamed).toMillis());
    }
}
