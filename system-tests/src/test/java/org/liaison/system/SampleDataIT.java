package org.liaison.system;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.infra.testing.TestTokens;

import static io.restassured.RestAssured.given;
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
        assertTrue(first.contains("memberships.jsonl: 14 created, 0 already there"), first);
        assertTrue(first.contains("meetings.jsonl: 5 created, 0 already there"), first);
        assertTrue(first.contains("recommendations.jsonl: 1 created, 0 already there"), first);
        String second = system.loadSampleData();
        assertTrue(second.contains("organizations.jsonl: 0 created, 18 already there"), second);
        assertTrue(second.contains("people.jsonl: 0 created, 12 already there"), second);
        assertTrue(second.contains("memberships.jsonl: 0 created, 14 already there"), second);
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
}
