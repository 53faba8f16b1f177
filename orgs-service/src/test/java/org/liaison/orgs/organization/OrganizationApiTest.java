package org.liaison.orgs.organization;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.liaison.infra.testing.TestTokens;
import org.liaison.orgs.OrgsTestResource;
import org.liaison.orgs.TestNames;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@WithTestResource(OrgsTestResource.class)
class OrganizationApiTest {

    @Test
    void registersReadsAndRenamesAnOrganization() {
        String snc = TestNames.unique("هيئة التفاوض السورية");
        String id = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("""
                        {"kind": "negotiation_body", "nameAr": "%s", "nameEn": "Syrian Negotiation Commission", \
                        "distinct": true}""".formatted(snc))
                .post("/organizations")
                .then().statusCode(201)
                .header("Location", notNullValue())
                .header("ETag", "\"0\"")
                .body("kind", equalTo("negotiation_body"))
                .body("nameAr", equalTo(snc))
                .extract().path("id");

        given().auth().oauth2(TestTokens.admin()).get("/organizations/" + id).then().statusCode(200)
                .body("nameEn", equalTo("Syrian Negotiation Commission"));

        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("""
                        {"nameAr": "هيئة التفاوض لقوى الثورة والمعارضة السورية"}""")
                .header("If-Match", "\"0\"")
                .patch("/organizations/" + id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1))
                .body("nameAr", equalTo("هيئة التفاوض لقوى الثورة والمعارضة السورية"))
                .body("nameEn", equalTo("Syrian Negotiation Commission"));
    }

    @Test
    void listsWithCursorPaging() {
        String dayAfter = TestNames.unique("اليوم التالي");
        for (String name : new String[]{TestNames.unique("بيتنا"), TestNames.unique("مدنية"), dayAfter}) {
            given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                    .body("{\"kind\": \"civil_society_organization\", \"nameAr\": \"" + name + "\"}")
                    .post("/organizations").then().statusCode(201);
        }
        String next = given().auth().oauth2(TestTokens.admin()).queryParam("limit", 2).get("/organizations")
                .then().statusCode(200)
                .body("items.size()", equalTo(2))
                .body("limit", equalTo(2))
                .body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        given().auth().oauth2(TestTokens.admin()).queryParam("limit", 200).queryParam("cursor", next)
                .get("/organizations")
                .then().statusCode(200).body("items.nameAr", hasItem(dayAfter));
    }

    @Test
    void aClientChosenIdCanBeRegisteredOnlyOnce() {
        UUID id = UUID.randomUUID();
        String body = "{\"id\": \"" + id + "\", \"kind\": \"council\", \"nameAr\": \""
                + TestNames.unique("مجلس سوريا الديمقراطية") + "\"}";
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body).post("/organizations").then()
                .statusCode(201);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body).post("/organizations")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("existingId", equalTo(id.toString()));
    }

    @Test
    void anUnknownOrganizationIsAProblem() {
        given().auth().oauth2(TestTokens.admin()).get("/organizations/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("instance", startsWith("/organizations/"));
    }
}
