package org.liaison.orgs.organization;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.liaison.infra.testing.TestTokens;
import org.liaison.orgs.OrgsTestResource;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * One body, one organisation: a name that another organisation already has in any spelling variant is a
 * 409 naming it; search finds any spelling of any name, Arabic or English.
 */
@QuarkusTest
@WithTestResource(OrgsTestResource.class)
class OrganizationNamesTest {

    @Test
    void aSpellingVariantOfAShortNameIsTheSameBody() {
        // Tagged, because other tests of this module register the council under its real names.
        String tag = " " + UUID.randomUUID().toString().substring(0, 8);
        String sdc = register("""
                {"kind": "council", "nameAr": "مجلس سوريا الديمقراطية%1$s", "nameEn": "Syrian Democratic Council%1$s",
                 "shortNames": ["مسـد%1$s", "SDC%1$s"]}""".formatted(tag)).then().statusCode(201)
                .body("shortNames", contains("مسـد" + tag, "SDC" + tag)).extract().path("id");

        register("""
                {"kind": "council", "nameAr": "مســد%s"}""".formatted(tag)).then().statusCode(409)
                .contentType("application/problem+json")
                .body("existingId", equalTo(sdc))
                .body("matchedName", equalTo("مسـد" + tag));
        register("""
                {"kind": "office", "nameAr": "مكتب%1$s", "shortNames": ["sdc%1$s"]}"""
                .formatted(tag)).then().statusCode(409)
                .body("existingId", equalTo(sdc));
    }

    @Test
    void taaMarbutaAndAlefMaqsuraVariantsAreTheSameName() {
        String council = register("""
                {"kind": "council", "nameAr": "المجلس العلوي الأعلى في سوريا", \
                "nameEn": "Supreme Alawite Council in Syria"}""")
                .then().statusCode(201).extract().path("id");
        register("""
                {"kind": "council", "nameAr": "المجلس العلوى الأعلى فى سوريا"}""").then().statusCode(409)
                .body("existingId", equalTo(council));
        register("""
                {"kind": "department", "nameAr": "هيئه التفاوض لقوى الثوره والمعارضه السوريه - لجنة", \
                "nameEn": "supreme ALAWITE council in syria"}""")
                .then().statusCode(409).body("existingId", equalTo(council));
    }

    @Test
    void aDistinctBodyWithTheSameNameCanBeRegisteredOnPurpose() {
        register("""
                {"kind": "office", "nameAr": "مكتب التنسيق والعلاقات المحلية والدولية"}""").then().statusCode(201);
        register("""
                {"kind": "office", "nameAr": "مكتب التنسيق والعلاقات المحلية والدولية"}""").then().statusCode(409);
        register("""
                {"kind": "office", "nameAr": "مكتب التنسيق والعلاقات المحلية والدولية", "distinct": true}""")
                .then().statusCode(201);
    }

    @Test
    void searchFindsAnySpellingOfAnyName() {
        String snc = register("""
                {"kind": "negotiation_body", "nameAr": "هيئة التفاوض لقوى الثورة والمعارضة السورية",
                 "nameEn": "Syrian Negotiation Commission", "shortNames": ["هيئة التفاوض السورية", "SNC"], \
                "distinct": true}""")
                .then().statusCode(201).extract().path("id");

        search("هيئه التفاوض السوريه").then().statusCode(200).body("items.id", hasItem(snc));
        search("هَيْئَة التَّفاوُض").then().body("items.id", hasItem(snc));
        search("negotiation commission").then().body("items.id", hasItem(snc));
        search("snc").then().body("items.id", hasItem(snc));
        given().auth().oauth2(TestTokens.admin()).queryParam("q", "التفاوض").queryParam("kind", "council")
                .get("/organizations").then().statusCode(200).body("items.id", not(hasItem(snc)))
                .body("items.kind", everyItem(equalTo("council")));
        search("لا يوجد اسم كهذا").then().body("total", equalTo(0)).body("totalIsEstimate", equalTo(false))
                .body("items.size()", equalTo(0));
    }

    /** The search reads one text of every name the organisation carries: each name is matched on its own. */
    @Test
    void searchFollowsARenameAndNeverMatchesAcrossTwoNames() {
        String word = UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9-]", "x");
        String id = register("""
                {"kind": "political_party", "nameAr": "حزب الإرادة %s", "nameEn": "Will Party %s", "distinct": true}"""
                .formatted(word, word)).then().statusCode(201).extract().path("id");
        search(word).then().statusCode(200).body("items.id", contains(id));
        search(word + " will").then().statusCode(200).body("items.id", not(hasItem(id)));

        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"nameAr\": \"حزب الشعب " + word + "z\"}").patch("/organizations/" + id).then()
                .statusCode(200);
        search("الشعب " + word + "z").then().statusCode(200).body("items.id", contains(id));
        search("الاراده " + word).then().body("items.id", contains(id)); // kept as a former name
    }

    @Test
    void anUnknownKindFilterIsABadRequest() {
        given().auth().oauth2(TestTokens.admin()).queryParam("kind", "galaxy").get("/organizations")
                .then().statusCode(400).body("errors.field", hasItem("kind"));
    }

    private static Response register(String body) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body)
                .post("/organizations");
    }

    private static Response search(String q) {
        return given().auth().oauth2(TestTokens.admin()).queryParam("q", q).get("/organizations");
    }
}
