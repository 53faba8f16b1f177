package org.liaison.system;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.infra.testing.TestTokens;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The catalogue is data across the system: an alias an admin registers in orgs-service reaches meetings-service and
 * recommendations-service through orgs.events, and free text that says it resolves in a meeting and a
 * recommendation created after its event arrived.
 */
class InstrumentAliasIT {

    /** The sample data's office of the Supreme Alawite Council, whose strategy rests on UNSC 1325 (article 000). */
    static final String ALAWITE_OFFICE = "fb7ffafb-8f22-5d61-b963-98232a741737";
    /** How Arabic texts often name UNSC 1325: the women, peace and security resolution. */
    static final String ALIAS = "قرار المرأة والسلام والأمن";

    static LiaisonSystem system;

    @BeforeAll
    static void start() {
        system = LiaisonSystem.shared();
    }

    @Test
    void anAliasRegisteredInOrgsResolvesInMeetingsAndRecommendations() {
        // Before: neither service reads the alias as an instrument.
        admin(system.meetings.baseUrl).queryParam("instrument", ALIAS).get("/meetings").then().statusCode(400);
        admin(system.recommendations.baseUrl).queryParam("instrument", ALIAS).get("/recommendations").then()
                .statusCode(400);

        String etag = admin(system.orgs.baseUrl).get("/instruments/unsc-1325").then().statusCode(200)
                .extract().header("ETag");
        admin(system.orgs.baseUrl).header("If-Match", etag).body("{\"aliasesAr\": [\"" + ALIAS + "\"]}")
                .patch("/instruments/unsc-1325").then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() ->
                admin(system.meetings.baseUrl).queryParam("instrument", ALIAS).get("/meetings").statusCode() == 200);
        Response meeting = admin(system.meetings.baseUrl).body("""
                {"kind": "internal_meeting", "titleAr": "إعلان تشكيل مكتب التنسيق والعلاقات العامة المحلية والدولية",
                 "organizerId": "%s", "instruments": ["%s", "سيداو"]}""".formatted(ALAWITE_OFFICE, ALIAS))
                .post("/meetings");
        meeting.then().statusCode(201)
                .body("instruments[0].id", equalTo("unsc-1325"))
                .body("instruments[1].id", equalTo("cedaw"));
        admin(system.meetings.baseUrl).queryParam("instrument", ALIAS).get("/meetings").then().statusCode(200)
                .body("items.find { it.id == '%s' }.instruments[0].id".formatted(meeting.path("id").toString()),
                        equalTo("unsc-1325"));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() ->
                admin(system.recommendations.baseUrl).queryParam("instrument", ALIAS).get("/recommendations")
                        .statusCode() == 200);
        String recommendation = admin(system.recommendations.baseUrl).body("""
                {"issuingOrganizationId": "%s", "year": 2024,
                 "titleAr": "أهداف مكتب التنسيق والعلاقات العامة المحلية والدولية",
                 "recommendations": [{"number": 1, "textAr": "تمكين المرأة", "instruments": ["%s"]}]}"""
                .formatted(ALAWITE_OFFICE, ALIAS))
                .post("/recommendation-sets").then().statusCode(201).extract().path("recommendations[0].id");
        admin(system.recommendations.baseUrl).get("/recommendations/" + recommendation).then().statusCode(200)
                .body("instruments[0].id", equalTo("unsc-1325"));
    }

    private static RequestSpecification admin(String baseUrl) {
        return given().auth().oauth2(TestTokens.admin()).baseUri(baseUrl).contentType(ContentType.JSON);
    }
}
