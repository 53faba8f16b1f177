package org.liaison.orgs.organization;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.liaison.infra.testing.TestTokens;
import org.liaison.orgs.OrgsTestResource;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Near matches that the duplicate check lets through are listed for review. */
@QuarkusTest
@WithTestResource(OrgsTestResource.class)
class SimilarOrganizationsTest {

    @Test
    void aNearMissSpellingIsListedAsSimilarAndAsALikelyDuplicate() {
        String tag = " " + UUID.randomUUID().toString().substring(0, 6);
        String unit = register("وحدة دعم الاستقرار" + tag);
        String variant = register("وحده دعم استقرار" + tag);
        String unrelated = register("الذاكرة السورية" + tag);

        given().auth().oauth2(TestTokens.reader(UUID.randomUUID())).get("/organizations/" + unit + "/similar")
                .then().statusCode(200)
                .body("items.organizationId", hasItem(variant))
                .body("items.organizationId", not(hasItem(unrelated)))
                .body("items.organizationId", not(hasItem(unit)))
                .body("items.similarity", everyItem(greaterThanOrEqualTo(0.4f)));

        given().auth().oauth2(TestTokens.admin()).queryParam("limit", 200).get("/organizations/duplicates")
                .then().statusCode(200)
                .body(("items.findAll { (it.first == '%1$s' && it.second == '%2$s') "
                        + "|| (it.first == '%2$s' && it.second == '%1$s') }.size()")
                        .formatted(unit, variant), org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void anUnknownOrganizationHasNoSimilarOnes() {
        given().auth().oauth2(TestTokens.admin()).get("/organizations/" + UUID.randomUUID() + "/similar")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static String register(String nameAr) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"kind\": \"civil_society_organization\", \"nameAr\": \"" + nameAr + "\", \"distinct\": true}")
                .post("/organizations").then().statusCode(201).extract().path("id");
    }
}
