package org.liaison.system;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.infra.testing.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
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

    static LiaisonSystem system;

    @BeforeAll
    static void start() {
        system = LiaisonSystem.shared();
    }

    @Test
    void loadsEverythingOnceAndNothingTheSecondTime() {
        String first = system.sampleDataLoad;
        assertTrue(first.contains("organizations.jsonl: 18 created, 0 already there"), first);
        assertTrue(first.contains("people.jsonl: 12 created, 0 already there"), first);
        assertTrue(first.contains("memberships.jsonl: 15 created, 0 already there"), first);
        assertTrue(first.contains("meetings.jsonl: 5 created, 0 already there"), first);
        assertTrue(first.contains("recommendations.jsonl: 1 created, 0 already there"), first);
        String second = system.loadSampleData();
        assertTrue(second.contains("organizations.jsonl: 0 created, 18 already there"), second);
        assertTrue(second.contains("people.jsonl: 0 created, 12 already there"), second);
        assertTrue(second.contains("memberships.jsonl: 0 created, 15 already there"), second);
        assertTrue(second.contains("meetings.jsonl: 0 created, 5 already there"), second);
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
}
