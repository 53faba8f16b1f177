package org.liaison.orgs.judgement;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.liaison.infra.testing.TestTokens;
import org.liaison.orgs.OrgsTestResource;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * Judgements on pairs that look alike: the Stabilisation Support Unit registered once as «وحدة دعم الاستقرار» and
 * once in a looser spelling, judged not the same, unsure, and the same.
 */
@QuarkusTest
@WithTestResource(OrgsTestResource.class)
public class OrganizationJudgementTest {

    @Test
    void aPairJudgedNotTheSameLeavesTheReviewListsAndItsSharedNameRegistersWithoutDistinct() {
        String tag = " " + UUID.randomUUID().toString().substring(0, 6);
        String unit = register("وحدة دعم الاستقرار" + tag);
        String namesake = register("وحـدة دعم الاستقرار" + tag); // the same name, tatweel aside
        String variant = register("وحده دعم استقرار" + tag);
        similar(unit).body("items.organizationId", hasItem(namesake)).body("items.organizationId", hasItem(variant));
        registerWithoutDistinct("وحدة دعم الإستقرار" + tag).statusCode(409);

        String judgement = judge(unit, namesake, "not_same", "two bodies: check with the unit's office")
                .statusCode(201).body("judgement", equalTo("not_same")).body("current", equalTo(true))
                .body("judgedBy", notNullValue()).extract().path("id");
        similar(unit).body("items.organizationId", not(hasItem(namesake)))
                .body("items.organizationId", hasItem(variant));
        similar(namesake).body("items.organizationId", not(hasItem(unit)));
        duplicates().body(pairCount(unit, namesake), equalTo(0)).body(pairCount(unit, variant), equalTo(1));
        given().auth().oauth2(TestTokens.reader(UUID.randomUUID())).queryParam("organizationId", namesake)
                .get("/organizations/judgements").then().statusCode(200).body("items.id", hasItem(judgement))
                .body("items[0].judgedBy", nullValue());
        // The name is known to name different bodies: a third one registers without "distinct".
        String third = registerWithoutDistinct("وحدة دعم الإستقرار" + tag).statusCode(201).extract().path("id");

        given().auth().oauth2(TestTokens.admin()).delete("/organizations/judgements/" + judgement).then()
                .statusCode(200).body("current", equalTo(false)).body("undoneAt", notNullValue());
        similar(unit).body("items.organizationId", hasItem(namesake)).body("items.organizationId", hasItem(third));
        registerWithoutDistinct("وحدة دعم الاستقرار" + tag).statusCode(409);
        given().auth().oauth2(TestTokens.admin()).delete("/organizations/judgements/" + judgement).then()
                .statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aPairJudgedUnsureStaysListedWithItsNoteAndALaterJudgementSupersedesIt() {
        String tag = " " + UUID.randomUUID().toString().substring(0, 6);
        String first = register("منظمة النساء الآن" + tag);
        String second = register("منظمه نساء الان" + tag);
        String unsure = judge(first, second, "unsure", "same address, different directors").statusCode(201)
                .extract().path("id");
        similar(first).body("items.find { it.organizationId == '" + second + "' }.judgement", equalTo("unsure"))
                .body("items.find { it.organizationId == '" + second + "' }.judgementNote",
                        equalTo("same address, different directors"));
        duplicates().body(pairCount(first, second), equalTo(1));

        String notSame = judge(second, first, "not_same", null).statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.admin()).get("/organizations/judgements/" + unsure).then().statusCode(200)
                .body("current", equalTo(false)).body("supersededBy", equalTo(notSame));
        similar(first).body("items.organizationId", not(hasItem(second)));
    }

    @Test
    void aPairJudgedTheSameIsMergedAndUndoingTheJudgementUndoesTheMerge() {
        String tag = " " + UUID.randomUUID().toString().substring(0, 6);
        String council = register("مجلس سوريا الديمقراطية" + tag);
        String acronym = register("مسـد" + tag);
        String same = judge(council, acronym, "same", "«مسـد» is the council's acronym").statusCode(201)
                .body("mergeId", notNullValue()).extract().path("id");
        organization(acronym).body("mergedInto", equalTo(council));
        judge(acronym, council, "not_same", null).statusCode(409).contentType("application/problem+json");

        given().auth().oauth2(TestTokens.admin()).delete("/organizations/judgements/" + same).then().statusCode(200);
        organization(acronym).body("mergedInto", nullValue());
    }

    @Test
    void badJudgementsAreRefusedNamingTheField() {
        String tag = " " + UUID.randomUUID().toString().substring(0, 6);
        String body = register("بيتنا" + tag);
        judge(body, body, "not_same", null).statusCode(422).body("errors[0].field", equalTo("right"));
        judge(body, UUID.randomUUID().toString(), "unsure", null).statusCode(422)
                .body("errors[0].field", equalTo("right"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"left\": \"" + body + "\", \"right\": \"" + UUID.randomUUID()
                        + "\", \"judgement\": \"maybe\"}")
                .post("/organizations/judgements").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("judgement"));
        given().auth().oauth2(TestTokens.reader(UUID.randomUUID())).contentType(ContentType.JSON)
                .body("{\"left\": \"" + body + "\", \"right\": \"" + UUID.randomUUID()
                        + "\", \"judgement\": \"same\"}")
                .post("/organizations/judgements").then().statusCode(403);
        judge(body, register("بيتنا سوريا" + tag), "unsure", "x".repeat(1001)).statusCode(400)
                .body("errors[0].field", equalTo("note"));
    }

    public static ValidatableResponse judge(String left, String right, String judgement, String note) {
        String noteField = note == null ? "" : ", \"note\": \"" + note + "\"";
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"left\": \"" + left + "\", \"right\": \"" + right + "\", \"judgement\": \"" + judgement + "\""
                        + noteField + "}")
                .post("/organizations/judgements").then();
    }

    public static ValidatableResponse similar(String id) {
        return given().auth().oauth2(TestTokens.reader(UUID.randomUUID())).get("/organizations/" + id + "/similar")
                .then().statusCode(200);
    }

    private static ValidatableResponse duplicates() {
        return given().auth().oauth2(TestTokens.admin()).queryParam("limit", 200).get("/organizations/duplicates")
                .then().statusCode(200);
    }

    private static String pairCount(String a, String b) {
        return ("items.findAll { (it.first == '%1$s' && it.second == '%2$s') "
                + "|| (it.first == '%2$s' && it.second == '%1$s') }.size()").formatted(a, b);
    }

    private static ValidatableResponse organization(String id) {
        return given().auth().oauth2(TestTokens.admin()).redirects().follow(false).get("/organizations/" + id).then();
    }

    private static ValidatableResponse registerWithoutDistinct(String nameAr) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"kind\": \"civil_society_organization\", \"nameAr\": \"" + nameAr + "\"}")
                .post("/organizations").then();
    }

    public static String register(String nameAr) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"kind\": \"civil_society_organization\", \"nameAr\": \"" + nameAr + "\", \"distinct\": true}")
                .post("/organizations").then().statusCode(201).extract().path("id");
    }
}
