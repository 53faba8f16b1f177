package org.liaison.orgs.organization;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.liaison.infra.testing.TestTokens;
import org.liaison.orgs.OrgsTestResource;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The near-match reviews are bounded before they compare: each name meets at most its closest
 * {@code liaison.orgs.similarity-candidates} (2 here), so one request cannot compare every name with every other.
 */
@QuarkusTest
@TestProfile(SimilarityBound.class)
@WithTestResource(OrgsTestResource.class)
class SimilarOrganizationsBoundTest {

    @Test
    void m7_eachNameMeetsOnlyItsClosestCandidates() {
        String tag = " " + UUID.randomUUID().toString().substring(0, 6);
        String unit = register("وحدة دعم الاستقرار" + tag);
        String closest = register("وحدة دعم الاستقرار" + tag + " ب");
        for (String variant : List.of("وحده دعم الاستقرار", "وحدة دعم استقرار", "وحده دعم استقرار", "وحدة الاستقرار")) {
            register(variant + tag);
        }
        List<String> similar = given().auth().oauth2(TestTokens.admin()).queryParam("limit", 50)
                .get("/organizations/" + unit + "/similar").then().statusCode(200).extract()
                .path("items.organizationId");
        assertEquals(SimilarityBound.CANDIDATES, similar.size(), similar.toString());
        assertTrue(similar.contains(closest), "the closest is among them: " + similar);
    }

    private static String register(String nameAr) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"kind\": \"civil_society_organization\", \"nameAr\": \"" + nameAr + "\", \"distinct\": true}")
                .post("/organizations").then().statusCode(201).extract().path("id");
    }
}
