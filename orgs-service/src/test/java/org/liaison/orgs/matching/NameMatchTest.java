package org.liaison.orgs.matching;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.liaison.infra.testing.TestTokens;
import org.liaison.names.ArabicNames;
import org.liaison.orgs.OrgsTestResource;
import org.liaison.orgs.TestNames;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** POST /name-matches: the names an article writes, by compact key, matched to every layer of registered names. */
@QuarkusTest
@WithTestResource(OrgsTestResource.class)
class NameMatchTest {

    @Test
    void everyLayerOfAnOrganisationsNamesMatchesAndSaysWhichItWas() {
        String name = TestNames.unique("مجلس سوريا الديمقراطية");
        String tag = name.substring(name.lastIndexOf(' ') + 1);
        String shortName = "مسد " + tag;
        String acronym = "SDC" + tag.toUpperCase();
        String other = "المجلس الديمقراطي السوري " + tag;
        String id = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of(
                        "kind", "council", "nameAr", name, "shortNames", List.of(shortName, acronym),
                        "otherNames", List.of(Map.of("name", other))))
                .post("/organizations").then().statusCode(201).extract().path("id");

        // Spelled as an article might: a taa marbuta written as haa, a tatweel.
        String asWritten = name.replace("ية", "يه");
        String unknown = ArabicNames.compactKey("هيئة لم تسجل " + tag);
        given().auth().oauth2(reader()).contentType(ContentType.JSON).body(Map.of("organizations", List.of(
                        ArabicNames.compactKey(asWritten), ArabicNames.compactKey("مسـد " + tag),
                        ArabicNames.compactKey(acronym.toLowerCase()), ArabicNames.compactKey(other), unknown)))
                .post("/name-matches").then().statusCode(200)
                .body("organizations." + q(ArabicNames.compactKey(asWritten)) + ".id", contains(id))
                .body("organizations." + q(ArabicNames.compactKey(asWritten)) + "[0].layer", equalTo("NAME"))
                .body("organizations." + q(ArabicNames.compactKey(asWritten)) + "[0].name", equalTo(name))
                .body("organizations." + q(ArabicNames.compactKey("مسـد " + tag)) + "[0].layer",
                        equalTo("SHORT_NAME"))
                .body("organizations." + q(ArabicNames.compactKey(acronym)) + "[0].layer", equalTo("ACRONYM"))
                .body("organizations." + q(ArabicNames.compactKey(other)) + "[0].layer", equalTo("OTHER_NAME"))
                .body("organizations", not(hasKey(unknown)))
                .body("people", aMapWithSize(0));
    }

    @Test
    void peopleMatchByTheirNamesAndAMergedPersonIsLeftOut() {
        String name = TestNames.unique("بدر جاموس");
        String id = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("nameAr", name, "honorific", "د.")).post("/people").then().statusCode(201)
                .extract().path("id");
        String twin = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("nameAr", name + " ب")).post("/people").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of("personId", twin))
                .post("/people/{id}/merge", id).then().statusCode(200);

        given().auth().oauth2(reader()).contentType(ContentType.JSON).body(Map.of("people", List.of(
                        ArabicNames.compactKey(name), ArabicNames.compactKey(name + " ب"))))
                .post("/name-matches").then().statusCode(200)
                .body("people." + q(ArabicNames.compactKey(name)) + ".id", contains(id))
                .body("people." + q(ArabicNames.compactKey(name + " ب")) + ".id", contains(id))
                .body("people." + q(ArabicNames.compactKey(name + " ب")) + "[0].layer", equalTo("OTHER_NAME"))
                .body("organizations", aMapWithSize(0));
    }

    @Test
    void tooManyKeysOrABlankOneIsRefusedNamingTheField() {
        given().auth().oauth2(TestTokens.reader(UUID.randomUUID())).contentType(ContentType.JSON)
                .body(Map.of("organizations", List.of(" "))).post("/name-matches").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("organizations[0]"));
        given().auth().oauth2(TestTokens.reader(UUID.randomUUID())).contentType(ContentType.JSON)
                .body(Map.of("people", Collections.nCopies(NameMatchRequest.MAX_KEYS + 1, "x")))
                .post("/name-matches").then().statusCode(400).body("errors[0].field", equalTo("people"));
        given().contentType(ContentType.JSON).body(Map.of("people", List.of("x"))).post("/name-matches").then()
                .statusCode(401).body("detail", not(nullValue()));
    }

    private static String reader() {
        return TestTokens.reader(UUID.randomUUID());
    }

    /** A GPath key with characters outside identifiers. */
    private static String q(String key) {
        return "'" + key + "'";
    }
}
