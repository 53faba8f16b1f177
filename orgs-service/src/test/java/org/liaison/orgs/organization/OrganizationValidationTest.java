package org.liaison.orgs.organization;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaison.infra.testing.TestTokens;
import org.liaison.orgs.OrgsTestResource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Bad input gets a 4xx problem naming the field at fault, and writes nothing. */
@QuarkusTest
@WithTestResource(OrgsTestResource.class)
class OrganizationValidationTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"kind": "council"}                                   | nameAr
            {"kind": "council", "nameAr": "   "}                  | nameAr
            {"nameAr": "مسد"}                                     | kind
            {"kind": "galaxy", "nameAr": "مسد"}                   | kind
            {"kind": "council", "nameAr": 12}                     | nameAr
            {"kind": "council", "nameAr": "مسد", "colour": "red"} | colour
            {"kind": "council", "nameAr": "مسد", "id": "nope"}    | id
            """)
    void refusesAnInvalidRegistration(String body, String field) {
        long before = count();
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body).post("/organizations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field))
                .body(not(containsString("Exception")));
        org.junit.jupiter.api.Assertions.assertEquals(before, count());
    }

    @Test
    void refusesMalformedJson() {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("{\"kind\": ")
                .post("/organizations")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void refusesANameLongerThanTheLimit() {
        String name = "م".repeat(OrganizationRequests.NAME_MAX + 1);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"kind\": \"council\", \"nameAr\": \"" + name + "\"}")
                .post("/organizations")
                .then().statusCode(400).body("errors.field", hasItem("nameAr"));
    }

    @Test
    void refusesAnInvalidPageSize() {
        given().auth().oauth2(TestTokens.admin()).queryParam("limit", 0).get("/organizations")
                .then().statusCode(400).body("errors.field", hasItem("limit"));
        given().auth().oauth2(TestTokens.admin()).queryParam("cursor", "garbage!").get("/organizations")
                .then().statusCode(400).body("errors.field", hasItem("cursor"));
    }

    private static long count() {
        return ((Number) given().auth().oauth2(TestTokens.admin()).get("/organizations?limit=1").then().extract()
                .path("total")).longValue();
    }
}
