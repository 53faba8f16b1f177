package org.liaison.system;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.infra.testing.TestTokens;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * H2 across the system: the Department of Foreign Relations adopts a recommendation in recommendations-service;
 * meetings-service learns who reports for it from recommendations.events and refuses the Syrian Negotiation
 * Commission's meeting that claims to advance it, while the Department's and the Autonomous Administration's
 * (the office above it) meetings become evidence on its timeline through meetings.events.
 */
class EvidenceAuthorityIT {

    /** The sample data's Department of Foreign Relations, a department of the Autonomous Administration. */
    static final UUID DFR = UUID.fromString("cd8bd394-f0bf-53e0-9fa2-8178258b8840");
    static final UUID ADMINISTRATION = UUID.fromString("94780cc2-e07e-5bd1-9bf3-5013160c3e95");
    static final UUID SNC = UUID.fromString("9f776d74-524e-5feb-8183-8e9d8b33bf89");

    static LiaisonSystem system;

    @BeforeAll
    static void start() {
        system = LiaisonSystem.shared();
    }

    @Test
    void h2_anEditorCannotAddEvidenceToAnotherOfficesRecommendationAcrossTheSystem() {
        String recommendation = as(TestTokens.editor(DFR), system.recommendations.baseUrl).body("""
                        {"issuingOrganizationId": "%s", "year": 2024,
                         "titleAr": "توصيات الاجتماع السنوي لدائرة العلاقات الخارجية: مخطط عمل 2024",
                         "recommendations": [{"number": 8,
                           "textAr": "العمل على تطوير الحوار السوري-السوري، واعتباره الطريق الأمثل للحل السياسي."}]}"""
                        .formatted(DFR))
                .post("/recommendation-sets").then().statusCode(201).extract().path("recommendations[0].id");

        // Once meetings-service has heard of it, the Department's editors name it as advanced.
        String own = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                meeting(TestTokens.editor(DFR), DFR, "الاجتماع السنوي لدائرة العلاقات الخارجية في الحسكة",
                        recommendation),
                r -> r.statusCode() == 201).path("id");
        Response refused = meeting(TestTokens.editor(SNC), SNC,
                "اجتماع موسع لهيئة التفاوض السورية مع مديري منظمات المجتمع المدني السوري", recommendation);
        assertEquals(403, refused.statusCode(), refused.asString());
        assertEquals(List.of("advances[0]"), refused.path("errors.field"));
        String above = meeting(TestTokens.editor(ADMINISTRATION), ADMINISTRATION,
                "اجتماع الإدارة الذاتية مع ممثلياتها في الخارج", recommendation)
                .then().statusCode(201).extract().path("id");

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                as(TestTokens.reader(SNC), system.recommendations.baseUrl)
                        .get("/recommendations/" + recommendation + "/status")
                        .then().statusCode(200)
                        .body("items.findAll { it.kind == 'evidence' }.meetingIds.flatten()",
                                containsInAnyOrder(own, above))
                        .body("items[0].status", equalTo("adopted")));
    }

    private static Response meeting(String token, UUID organizer, String titleAr, String advances) {
        return as(token, system.meetings.baseUrl).body("""
                {"kind": "annual_meeting", "status": "held", "titleAr": "%s", "date": "2024", "organizerId": "%s",
                 "advances": ["%s"]}""".formatted(titleAr, organizer, advances)).post("/meetings");
    }

    private static RequestSpecification as(String token, String baseUrl) {
        return given().auth().oauth2(token).baseUri(baseUrl).contentType(ContentType.JSON);
    }
}
