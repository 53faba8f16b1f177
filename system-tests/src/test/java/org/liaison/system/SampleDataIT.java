package org.liaison.system;

import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.infra.testing.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample data of the source articles loads through the public APIs, completely, and loading it again adds nothing.
 */
class SampleDataIT {

    /** Fixed ids of the sample data (sample-data/README.md). */
    private static final String JAMOUS = "0c1e4a98-9697-5db2-92a2-15d1e37bae81";
    private static final String SNC = "9f776d74-524e-5feb-8183-8e9d8b33bf89";
    private static final String ACS = "311c9898-73d7-52b8-ad90-2b57c75d2282";
    private static final String SAC = "6109c3be-aa89-57b0-8e48-8ef1d1ad1ac5";
    private static final String ALAWITE_OFFICE = "fb7ffafb-8f22-5d61-b963-98232a741737";
    private static final String SDC_OFFICE = "70714cf5-e749-56e7-9d6f-c134f8197d9e";
    private static final String AANES = "94780cc2-e07e-5bd1-9bf3-5013160c3e95";
    private static final String EXECUTIVE_COUNCIL = "064c789f-9706-514e-895e-a369466f5bd1";
    private static final String AANES_REPRESENTATIONS = "06476198-d068-5b36-a010-da04c4ff7763";
    private static final String ASFARI = "5d967779-10ea-5fb8-a61c-e3014813bbc6";
    private static final String SDC_MEETING = "a24980bf-c09a-5e5c-85ef-787fc65034e9";
    private static final String OPPOSITION_CONFERENCE = "3e80e274-b920-5172-b306-5903b9dd035d";
    private static final String ANNUAL_MEETING = "791dfc39-f450-5d96-9dec-f2dabff70f82";
    private static final String WORK_PLAN_2023 = "6de70231-c268-5995-b5c7-9f395c7f7be2";

    static LiaisonSystem system;

    @BeforeAll
    static void start() {
        system = LiaisonSystem.shared();
    }

    @Test
    void loadsEverythingOnceAndNothingTheSecondTime() {
        String first = system.sampleDataLoad;
        assertTrue(first.contains("organizations.jsonl: 24 created, 0 already there"), first);
        assertTrue(first.contains("people.jsonl: 12 created, 0 already there"), first);
        assertTrue(first.contains("memberships.jsonl: 15 created, 0 already there"), first);
        assertTrue(first.contains("meetings.jsonl: 6 created, 0 already there"), first);
        assertTrue(first.contains("statements.jsonl: 13 created, 0 already there"), first);
        assertTrue(first.contains("recommendations.jsonl: 1 created, 0 already there"), first);
        String second = system.loadSampleData();
        assertTrue(second.contains("organizations.jsonl: 0 created, 24 already there"), second);
        assertTrue(second.contains("people.jsonl: 0 created, 12 already there"), second);
        assertTrue(second.contains("memberships.jsonl: 0 created, 15 already there"), second);
        assertTrue(second.contains("meetings.jsonl: 0 created, 6 already there"), second);
        assertTrue(second.contains("statements.jsonl: 0 created, 13 already there"), second);
        assertTrue(second.contains("recommendations.jsonl: 0 created, 1 already there"), second);
    }

    @Test
    void showsWhoHoldsWhichRoleAndFindsEverySpelling() {
        given().auth().oauth2(TestTokens.admin()).baseUri(system.orgs.baseUrl).get("/people/" + JAMOUS)
                .then().statusCode(200)
                .body("honorific", equalTo("د."))
                .body("roles.current.organization.id", hasItem(SNC))
                .body("roles.current.role", hasItem("president"));
        given().auth().oauth2(TestTokens.admin()).baseUri(system.orgs.baseUrl).queryParam("q", "مســد")
                .get("/organizations")
                .then().statusCode(200).body("items.nameEn", hasItem("Syrian Democratic Council"));
    }

    @Test
    void theCoalitionIsAnUmbrellaWithTheCouncilAmongItsMembers() {
        // Article 001: «التحالف الأمريكي لأجل سوريا» groups several organisations, «المجلس السوري الأمريكي» among them.
        given().auth().oauth2(TestTokens.admin()).baseUri(system.orgs.baseUrl).get("/organizations/" + ACS + "/members")
                .then().statusCode(200)
                .body("items.findAll { it.member.kind == 'organization' }.member.id", contains(SAC))
                .body("items.findAll { it.member.kind == 'organization' }.role", contains("member"));
        given().auth().oauth2(TestTokens.admin()).baseUri(system.orgs.baseUrl)
                .get("/organizations/" + SAC + "/memberships-of")
                .then().statusCode(200).body("items.organization.id", contains(ACS));
    }

    /** What the articles say, as they say it, in each service that keeps it (sample-data/README.md). */
    @Test
    void holdsEachFactAsTheArticleStatesIt() {
        orgs().get("/organizations/" + ALAWITE_OFFICE).then().statusCode(200)
                .body("principles.size()", equalTo(3))
                .body("principlesStatedCount", equalTo(4))
                .body("sources[0].publisher", nullValue())
                .body("sources[0].title", equalTo("تشكيل مكتب التنسيق والعلاقات المحلية والدولية للعلويين: "
                        + "الأهداف والرؤية"))
                .body("sources[0].quote", containsString("أربعة مبادئ أساسية"))
                .body("sources[0].note", not(containsString("seed")));
        orgs().get("/organizations/" + SDC_OFFICE).then().statusCode(200).body("city", nullValue());
        orgs().get("/people/" + ASFARI).then().statusCode(200)
                .body("sources[0].publisher", nullValue())
                .body("roles.current[0].label", equalTo("رئيس إدارة"));
        orgs().get("/organizations/" + EXECUTIVE_COUNCIL).then().statusCode(200)
                .body("nameAr", equalTo("المجلس التنفيذي"))
                .body("parentId", equalTo(AANES))
                .body("parentRelation", equalTo("unit_of"));
        orgs().queryParam("parent", AANES).queryParam("limit", 50).get("/organizations").then().statusCode(200)
                .body("items.nameAr", hasItems("دائرة العلاقات الخارجية", "ممثليات الإدارة الذاتية في الخارج",
                        "المجلس التنفيذي", "هيئة الصحة", "هيئة التربية", "هيئة البلديات", "هيئة الثقافة"));

        service(system.meetings.baseUrl).get("/meetings/" + ANNUAL_MEETING).then().statusCode(200)
                .body("date", equalTo("2023"))
                .body("participants.organizationId", hasItems(EXECUTIVE_COUNCIL, AANES_REPRESENTATIONS))
                .body("outcomes[2]", containsString("ولإنهاء الاحتلال التركي"));
        service(system.meetings.baseUrl).get("/meetings/" + OPPOSITION_CONFERENCE).then().statusCode(200)
                .body("status", equalTo("planned"))
                .body("followUpOf", equalTo(SDC_MEETING))
                .body("date", nullValue());

        service(system.recommendations.baseUrl).get("/recommendation-sets/" + WORK_PLAN_2023).then().statusCode(200)
                .body("recommendations[0].textEn",
                        containsString("the revolutionary people's war is the task of every institution"))
                .body("recommendations[2].textEn", containsString("the 19 July revolution"));
    }

    private static RequestSpecification orgs() {
        return service(system.orgs.baseUrl);
    }

    private static RequestSpecification service(String baseUrl) {
        return given().auth().oauth2(TestTokens.admin()).baseUri(baseUrl);
    }
}
