package org.liaison.orgs.judgement;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.liaison.infra.testing.TestTokens;
import org.liaison.orgs.OrgsTestResource;
import org.liaison.orgs.person.PeopleFixtures;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * Near matches and judgements for people: «أسعد العشي» of the Syrian Democratic Council registered again as «اسعد
 * عشي» (a near miss the duplicate check lets through), and a namesake judged a different person.
 */
@QuarkusTest
@WithTestResource(OrgsTestResource.class)
class PersonJudgementTest {

    @Test
    void nearMatchesComeUpAndAPairJudgedNotTheSameLeavesThemAndItsNameRegistersWithoutDistinct() {
        String tag = " " + PeopleFixtures.tag();
        UUID asaad = PeopleFixtures.person("أسعد العشي" + tag, null);
        UUID namesake = PeopleFixtures.person("أسـعد العشي" + tag, null); // the same name, tatweel aside
        UUID variant = PeopleFixtures.person("اسعد عشي" + tag, null);
        similar(asaad).body("items.personId", hasItem(namesake.toString()))
                .body("items.personId", hasItem(variant.toString()));
        duplicates().body(pairCount(asaad, namesake), equalTo(1)).body(pairCount(asaad, variant), equalTo(1));
        registerWithoutDistinct("اسعد العشى" + tag).statusCode(409).body("existingId", notNullValue());

        String judgement = judge(asaad, namesake, "not_same", "a namesake in another council").statusCode(201)
                .body("judgement", equalTo("not_same")).body("current", equalTo(true)).extract().path("id");
        similar(asaad).body("items.personId", not(hasItem(namesake.toString())))
                .body("items.personId", hasItem(variant.toString()));
        duplicates().body(pairCount(asaad, namesake), equalTo(0)).body(pairCount(asaad, variant), equalTo(1));
        given().auth().oauth2(TestTokens.reader(UUID.randomUUID())).queryParam("personId", namesake.toString())
                .get("/people/judgements").then().statusCode(200).body("items.id", hasItem(judgement))
                .body("items[0].judgedBy", nullValue());
        // The name is known to name two people: a third registers without "distinct".
        registerWithoutDistinct("اسعد العشى" + tag).statusCode(201);

        given().auth().oauth2(TestTokens.admin()).delete("/people/judgements/" + judgement).then().statusCode(200)
                .body("current", equalTo(false));
        similar(asaad).body("items.personId", hasItem(namesake.toString()));
        registerWithoutDistinct("أسعد العشي" + tag).statusCode(409);
    }

    @Test
    void aPairJudgedUnsureStaysListedAndOneJudgedTheSameIsMergedUntilTheJudgementIsUndone() {
        String tag = " " + PeopleFixtures.tag();
        UUID jamous = PeopleFixtures.person("بدر جاموس" + tag, null);
        UUID variant = PeopleFixtures.person("بدر جاموص" + tag, null);
        judge(jamous, variant, "unsure", "same commission, one letter apart").statusCode(201);
        similar(jamous).body("items.find { it.personId == '" + variant + "' }.judgement", equalTo("unsure"))
                .body("items.find { it.personId == '" + variant + "' }.judgementNote",
                        equalTo("same commission, one letter apart"));

        String same = judge(jamous, variant, "same", "a typing error in one article").statusCode(201)
                .body("mergeId", notNullValue()).extract().path("id");
        person(variant).body("mergedInto", equalTo(jamous.toString()));
        similar(jamous).body("items.personId", not(hasItem(variant.toString())));
        judge(variant, jamous, "not_same", null).statusCode(409).contentType("application/problem+json");

        given().auth().oauth2(TestTokens.admin()).delete("/people/judgements/" + same).then().statusCode(200);
        person(variant).body("mergedInto", nullValue());
    }

    @Test
    void badJudgementsAreRefusedNamingTheField() {
        UUID person = PeopleFixtures.person("أيمن أصفري " + PeopleFixtures.tag(), null);
        judge(person, person, "not_same", null).statusCode(422).body("errors[0].field", equalTo("right"));
        judge(person, UUID.randomUUID(), "unsure", null).statusCode(422).body("errors[0].field", equalTo("right"));
        // An organisation is no person.
        judge(person, PeopleFixtures.organization("initiative", "مبادرة مدنية"), "unsure", null).statusCode(422)
                .body("errors[0].field", equalTo("right"));
        given().auth().oauth2(TestTokens.admin()).get("/people/judgements/" + UUID.randomUUID()).then()
                .statusCode(404);
        given().auth().oauth2(TestTokens.admin()).queryParam("personId", "x").get("/people/judgements").then()
                .statusCode(400).body("errors[0].field", equalTo("personId"));
    }

    private static ValidatableResponse judge(UUID left, UUID right, String judgement, String note) {
        String noteField = note == null ? "" : ", \"note\": \"" + note + "\"";
        return PeopleFixtures.admin().body("{\"left\": \"" + left + "\", \"right\": \"" + right
                + "\", \"judgement\": \"" + judgement + "\"" + noteField + "}").post("/people/judgements").then();
    }

    private static ValidatableResponse similar(UUID id) {
        return given().auth().oauth2(TestTokens.reader(UUID.randomUUID())).get("/people/" + id + "/similar").then()
                .statusCode(200);
    }

    private static ValidatableResponse duplicates() {
        return given().auth().oauth2(TestTokens.admin()).queryParam("limit", 200).get("/people/duplicates").then()
                .statusCode(200);
    }

    private static String pairCount(UUID a, UUID b) {
        return ("items.findAll { (it.first == '%1$s' && it.second == '%2$s') "
                + "|| (it.first == '%2$s' && it.second == '%1$s') }.size()").formatted(a, b);
    }

    private static ValidatableResponse person(UUID id) {
        return given().auth().oauth2(TestTokens.admin()).redirects().follow(false).get("/people/" + id).then();
    }

    private static ValidatableResponse registerWithoutDistinct(String nameAr) {
        return PeopleFixtures.admin().body("{\"nameAr\": \"" + nameAr + "\"}").post("/people").then();
    }
}
