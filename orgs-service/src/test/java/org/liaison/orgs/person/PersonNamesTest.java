package org.liaison.orgs.person;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.liaison.orgs.OrgsTestResource;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.liaison.orgs.person.PeopleFixtures.admin;

/**
 * One person, one record: an Arabic or English name that another person already has in any spelling is a 409
 * naming them, unless the client says it is a different person; search finds any spelling of any name.
 * Names carry a random tag because every test class of this module shares one database.
 */
@QuarkusTest
@WithTestResource(OrgsTestResource.class)
class PersonNamesTest {

    @Test
    void harakatHamzaAndAlefMaqsuraVariantsAreTheSamePerson() {
        String tag = PeopleFixtures.tag();
        String achi = register("""
                {"nameAr": "أسعد العشي %s", "nameEn": "Asaad Al-Achi %<s"}""".formatted(tag))
                .then().statusCode(201).extract().path("id");

        register("""
                {"nameAr": "اسعد العشى %s"}""".formatted(tag)).then().statusCode(409)
                .contentType("application/problem+json")
                .body("existingId", equalTo(achi))
                .body("matchedName", equalTo("أسعد العشي " + tag))
                .body("field", equalTo("nameAr"));
        register("""
                {"nameAr": "أَسْعَد العَشِّي %s"}"""
                .formatted(tag)).then().statusCode(409).body("existingId", equalTo(achi));
        register("""
                {"nameAr": "شخص آخر %s", "nameEn": "ASAAD AL ACHI %<s"}""".formatted(tag)).then().statusCode(409)
                .body("existingId", equalTo(achi))
                .body("field", equalTo("nameEn"));
    }

    @Test
    void anotherNameOfAPersonIsAlsoTaken() {
        String tag = PeopleFixtures.tag();
        String hajj = register("""
                {"nameAr": "عبد الرحمن الحاج %s", "otherNames": [{"name": "عبدالرحمن الحاج علي %<s"}]}"""
                .formatted(tag))
                .then().statusCode(201).extract().path("id");
        register("""
                {"nameAr": "عبد الرحمن الحاج علي %s"}""".formatted(tag)).then().statusCode(409)
                .body("existingId", equalTo(hajj));
        register("""
                {"nameAr": "عبدالرحمن الحاج %s"}""".formatted(tag)).then().statusCode(409)
                .body("existingId", equalTo(hajj));
    }

    @Test
    void aDifferentPersonWithTheSameNameCanBeRegisteredOnPurpose() {
        String tag = PeopleFixtures.tag();
        String body = "{\"nameAr\": \"محمد حسنو " + tag + "\"";
        String first = register(body + "}").then().statusCode(201).extract().path("id");
        register(body + "}").then().statusCode(409).body("existingId", equalTo(first));
        String second = register(body + ", \"distinct\": true}").then().statusCode(201).extract().path("id");
        search("محمد حسنو " + tag).then().body("total", equalTo(2)).body("items.id", hasItem(second));
    }

    @Test
    void searchFindsAnySpellingOfAnyName() {
        String tag = PeopleFixtures.tag();
        String jamous = register("""
                {"nameAr": "بدر جاموس %s", "nameEn": "Badr Jamous %<s", "honorific": "د.",
                 "otherNames": [{"name": "أبو بدر %<s"}]}""".formatted(tag))
                .then().statusCode(201).extract().path("id");
        String other = register("""
                {"nameAr": "بدران جيا كرد %s"}""".formatted(tag)).then().statusCode(201).extract().path("id");

        search("بَدْر جامُوس " + tag).then().statusCode(200).body("items.id", hasItem(jamous))
                .body("items.id", not(hasItem(other)));
        search("badr JAMOUS " + tag).then().body("items.id", hasItem(jamous));
        search("ابو بدر " + tag).then().body("items.id", hasItem(jamous));
        search("جاموس " + tag).then().body("total", equalTo(1));
        search("لا يوجد اسم كهذا " + tag).then().body("total", equalTo(0)).body("items.size()", equalTo(0));
    }

    @Test
    void aRenameIsSearchableUnderTheNewNameOnly() {
        String tag = PeopleFixtures.tag();
        String id = register("""
                {"nameAr": "حسن محمد علي %s"}""".formatted(tag)).then().statusCode(201).extract().path("id");
        admin().header("If-Match", "\"0\"").body("{\"nameAr\": \"حسن محمد العلي " + tag + "\"}").patch("/people/" + id)
                .then().statusCode(200);
        search("حسن محمد العلي " + tag).then().body("items.id", hasItem(id));
        search("حسن محمد علي " + tag).then().body("items.id", not(hasItem(id)));
    }

    private static Response register(String body) {
        return admin().body(body).post("/people");
    }

    private static Response search(String q) {
        return admin().queryParam("q", q).get("/people");
    }
}
