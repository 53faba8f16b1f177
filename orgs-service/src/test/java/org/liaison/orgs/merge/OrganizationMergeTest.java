package org.liaison.orgs.merge;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.infra.testing.TestTokens;
import org.liaison.orgs.OrgsTestResource;
import org.liaison.orgs.TestNames;
import org.liaison.orgs.events.OutboxRows;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Syrian Democratic Council registered twice («مسـد» and its full name), merged, and the merge undone. */
@QuarkusTest
@WithTestResource(OrgsTestResource.class)
class OrganizationMergeTest {

    @Inject
    OutboxRows outbox;

    @Test
    void aMergeMovesNamesUnitsAndRolesAndUndoingItRestoresThem() {
        String sdc = TestNames.unique("مجلس سوريا الديمقراطية");
        String shortName = TestNames.unique("مسـد");
        String winner = organization("{\"kind\": \"council\", \"nameAr\": \"" + sdc + "\", \"nameEn\": \""
                + TestNames.unique("Syrian Democratic Council") + "\"}");
        String loser = organization("{\"kind\": \"council\", \"nameAr\": \"" + shortName + "\", \"distinct\": true}");
        String office = organization("{\"kind\": \"office\", \"nameAr\": \"" + TestNames.unique("مكتب العلاقات العامة")
                + "\", \"parentId\": \"" + loser + "\", \"parentRelation\": \"office_of\"}");
        String person = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"nameAr\": \"" + TestNames.unique("حسن محمد علي") + "\", \"distinct\": true}")
                .post("/people").then().statusCode(201).extract().path("id");
        String role = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"personId\": \"" + person + "\", \"organizationId\": \"" + office
                        + "\", \"role\": \"co_chair\", \"onBehalfOfId\": \"" + loser + "\"}")
                .post("/memberships").then().statusCode(201).extract().path("id");

        merge(winner, loser).statusCode(200)
                .body("loserId", equalTo(loser))
                .body("movedUnits", contains(office))
                .body("movedOnBehalfOf", contains(role))
                .body("addedNames.name", contains(shortName));
        given().auth().oauth2(TestTokens.admin()).redirects().follow(false).get("/organizations/" + loser)
                .then().statusCode(307)
                .header("Location", org.hamcrest.Matchers.endsWith("/organizations/" + winner))
                .body("mergedInto", equalTo(winner));
        given().auth().oauth2(TestTokens.admin()).get("/organizations/" + loser).then().statusCode(200)
                .body("id", equalTo(winner));
        given().auth().oauth2(TestTokens.admin()).get("/organizations/" + office).then()
                .body("parentId", equalTo(winner));
        given().auth().oauth2(TestTokens.admin()).get("/memberships/" + role).then()
                .body("onBehalfOfId", equalTo(winner));
        given().auth().oauth2(TestTokens.admin()).queryParam("q", shortName.replace("ـ", "")).get("/organizations")
                .then().body("items.id", contains(winner));
        assertEquals(List.of("organization.registered", "organization.merged"),
                outbox.typesFor(UUID.fromString(loser)));

        given().auth().oauth2(TestTokens.admin()).delete("/organizations/" + winner + "/merge/" + loser)
                .then().statusCode(200).body("undoneAt", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(TestTokens.admin()).redirects().follow(false).get("/organizations/" + loser)
                .then().statusCode(200).body("mergedInto", nullValue());
        given().auth().oauth2(TestTokens.admin()).get("/organizations/" + winner).then()
                .body("otherNames.name", not(hasItem(shortName)));
        given().auth().oauth2(TestTokens.admin()).get("/organizations/" + office).then()
                .body("parentId", equalTo(loser));
        given().auth().oauth2(TestTokens.admin()).get("/memberships/" + role).then()
                .body("onBehalfOfId", equalTo(loser));
        given().auth().oauth2(TestTokens.admin()).queryParam("q", shortName).get("/organizations")
                .then().body("items.id", contains(loser));
        assertEquals(List.of("organization.registered", "organization.merged", "organization.unmerged"),
                outbox.typesFor(UUID.fromString(loser)));
        given().auth().oauth2(TestTokens.admin()).get("/organizations/" + winner + "/merge")
                .then().statusCode(200).body("items.loserId", contains(loser));
    }

    @Test
    void undoingKeepsAUnitThatWasMovedElsewhereSince() {
        String winner = organization("{\"kind\": \"council\", \"nameAr\": \""
                + TestNames.unique("المجلس العلوي الأعلى في سوريا") + "\"}");
        String loser = organization("{\"kind\": \"council\", \"nameAr\": \"" + TestNames.unique("المجلس العلوي الاعلى")
                + "\", \"distinct\": true}");
        String elsewhere = organization("{\"kind\": \"council\", \"nameAr\": \"" + TestNames.unique("مجلس آخر")
                + "\"}");
        String office = organization("{\"kind\": \"office\", \"nameAr\": \"" + TestNames.unique("مكتب التنسيق")
                + "\", \"parentId\": \"" + loser + "\"}");
        merge(winner, loser).statusCode(200);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"parentId\": \"" + elsewhere + "\"}").patch("/organizations/" + office).then().statusCode(200);
        given().auth().oauth2(TestTokens.admin()).delete("/organizations/" + winner + "/merge/" + loser).then()
                .statusCode(200);
        given().auth().oauth2(TestTokens.admin()).get("/organizations/" + office).then()
                .body("parentId", equalTo(elsewhere));
    }

    @Test
    void refusesMergesThatCannotStand() {
        String winner = organization("{\"kind\": \"initiative\", \"nameAr\": \"" + TestNames.unique("مبادرة مدنية")
                + "\"}");
        String loser = organization("{\"kind\": \"initiative\", \"nameAr\": \"" + TestNames.unique("مدنية") + "\"}");
        merge(winner, winner).statusCode(422).body("errors.field", hasItem("organizationId"));
        merge(winner, UUID.randomUUID().toString()).statusCode(422).body("errors.field", hasItem("organizationId"));
        merge(UUID.randomUUID().toString(), loser).statusCode(404);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("{}")
                .post("/organizations/" + winner + "/merge").then().statusCode(400)
                .body("errors.field", hasItem("organizationId"));
        merge(winner, loser).statusCode(200);
        merge(winner, loser).statusCode(409).body("mergedInto", equalTo(winner));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"city\": \"باريس\"}").patch("/organizations/" + loser).then().statusCode(409);
        given().auth().oauth2(TestTokens.admin()).delete("/organizations/" + loser + "/merge/" + winner).then()
                .statusCode(404);
    }

    @Test
    void anEditorMergesOnlyWhatItsOfficeOwns() {
        String winner = organization("{\"kind\": \"civil_society_organization\", \"nameAr\": \""
                + TestNames.unique("بيتنا") + "\"}");
        String loser = organization("{\"kind\": \"civil_society_organization\", \"nameAr\": \""
                + TestNames.unique("بيتنا سوريا") + "\"}");
        given().auth().oauth2(TestTokens.editor(UUID.fromString(winner))).contentType(ContentType.JSON)
                .body("{\"organizationId\": \"" + loser + "\"}").post("/organizations/" + winner + "/merge")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.reader(UUID.fromString(winner))).contentType(ContentType.JSON)
                .body("{\"organizationId\": \"" + loser + "\"}").post("/organizations/" + winner + "/merge")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).get("/organizations/" + loser).then().body("mergedInto", nullValue());
    }

    @Test
    void l8_whoMergedIsShownToAdminsOnly() {
        String winner = organization("{\"kind\": \"political_party\", \"nameAr\": \""
                + TestNames.unique("حزب الإرادة الشعبية") + "\"}");
        String loser = organization("{\"kind\": \"political_party\", \"nameAr\": \""
                + TestNames.unique("الإرادة الشعبية") + "\"}");
        merge(winner, loser).statusCode(200);
        given().auth().oauth2(TestTokens.admin()).get("/organizations/" + winner + "/merge")
                .then().statusCode(200).body("items[0].mergedBy", equalTo("admin@" + TestTokens.ADMIN_OFFICE));
        given().auth().oauth2(TestTokens.reader(UUID.randomUUID())).get("/organizations/" + winner + "/merge")
                .then().statusCode(200).body("items[0].loserId", equalTo(loser)).body("items[0].mergedBy", nullValue());
    }

    private static String organization(String body) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body)
                .post("/organizations").then().statusCode(201).extract().path("id");
    }

    private static ValidatableResponse merge(String winner, String loser) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"organizationId\": \"" + loser + "\"}").post("/organizations/" + winner + "/merge").then();
    }
}
