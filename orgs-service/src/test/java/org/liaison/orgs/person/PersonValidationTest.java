package org.liaison.orgs.person;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaison.infra.testing.TestTokens;
import org.liaison.orgs.OrgsTestResource;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.liaison.infra.testing.BadInput.assertNames;
import static org.liaison.infra.testing.BadInput.assertProblem;
import static org.liaison.infra.testing.BadInput.assertUnchanged;
import static org.liaison.infra.testing.BadInput.counts;
import static org.liaison.infra.testing.BadInput.expand;
import static org.liaison.orgs.person.PeopleFixtures.admin;

/** Bad input and refused changes of people: a 4xx problem naming the field at fault, and nothing written. */
@QuarkusTest
@WithTestResource(OrgsTestResource.class)
class PersonValidationTest {

    static final String[] TABLES = {"person", "person_name", "outbox_event"};

    @Inject
    AgroalDataSource dataSource;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"nameEn": "Badr Jamous"}                                                  | nameAr
            {"nameAr": "   "}                                                          | nameAr
            {"nameAr": 12}                                                             | nameAr
            {"nameAr": "بدر جاموس", "title": "د."}                                     | title
            {"nameAr": "<<ar:301>>"}                                                   | nameAr
            {"nameAr": "بدر جاموس", "nameEn": "<<en:301>>"}                            | nameEn
            {"nameAr": "بدر جاموس", "honorific": "<<ar:51>>"}                          | honorific
            {"nameAr": "بدر جاموس", "id": "nope"}                                      | id
            {"nameAr": "بدر جاموس", "otherNames": [{"name": ""}]}                      | otherNames[0].name
            {"nameAr": "بدر جاموس", "otherNames": [null]}                              | otherNames[0]
            {"nameAr": "بدر جاموس", "otherNames": [{"name": "ب", "startDate": "2024-13"}]} | otherNames[0].startDate
            {"nameAr": "بدر جاموس", "otherNames": [{"name": "ب", "startDate": "2024", \
            "endDate": "2023"}]} | otherNames[0].ordered
            {"nameAr": "بدر جاموس", "sources": [{"note": "بلا ناشر"}]}                 | sources[0].identified
            {"nameAr": "بدر جاموس", "sources": [{"url": "javascript:alert(1)"}]}      | sources[0].url
            {"nameAr": "بدر جاموس", "sources": [{"publisher": "نورث بالس", \
            "publishedOn": "10/06/2024"}]} | sources[0].publishedOn
            {"nameAr": "بدر جاموس", "sources": [{"publisher": "<<ar:301>>"}]}          | sources[0].publisher
            """)
    void refusesAnInvalidRegistration(String body, String field) {
        Map<String, Long> before = counts(dataSource, TABLES);
        Response response = admin().body(expand(body)).post("/people");
        assertProblem(response, 400);
        assertNames(response, field);
        assertUnchanged(before, counts(dataSource, TABLES));
    }

    @Test
    void refusesTooManyOtherNamesOrSources() {
        String names = ", {\"name\": \"ب\"}".repeat(51).substring(2);
        String sources = ", {\"publisher\": \"نورث بالس\"}".repeat(51).substring(2);
        Map<String, Long> before = counts(dataSource, TABLES);
        Response response = admin()
                .body("{\"nameAr\": \"بدر جاموس\", \"otherNames\": [" + names + "], \"sources\": [" + sources + "]}")
                .post("/people");
        assertProblem(response, 400);
        assertNames(response, "otherNames");
        assertNames(response, "sources");
        assertUnchanged(before, counts(dataSource, TABLES));
    }

    @Test
    void aChangeNeedsTheVersionItWasMadeOn() {
        UUID id = PeopleFixtures.person("محمد علاء غانم", "Mohammed Alaa Ghanem");
        Map<String, Long> before = counts(dataSource, TABLES);

        Response missing = admin().body("{\"nameEn\": \"M. A. Ghanem\"}").patch("/people/" + id);
        assertProblem(missing, 428);
        assertNames(missing, "If-Match");
        Response stale = admin().header("If-Match", "\"7\"").body("{\"nameEn\": \"M. A. Ghanem\"}")
                .patch("/people/" + id);
        assertProblem(stale, 412);
        stale.then().header("ETag", "\"0\"");
        Response blank = admin().header("If-Match", "\"0\"").body("{\"nameAr\": \" \"}").patch("/people/" + id);
        assertProblem(blank, 400);
        assertNames(blank, "nameAr");
        Response badDate = admin().header("If-Match", "\"0\"")
                .body("{\"otherNames\": [{\"name\": \"غانم\", \"endDate\": \"2024-13\"}]}").patch("/people/" + id);
        assertProblem(badDate, 400);
        assertNames(badDate, "otherNames[0].endDate");

        assertUnchanged(before, counts(dataSource, TABLES));
        admin().get("/people/" + id).then().body("version", equalTo(0)).body("nameEn", equalTo("Mohammed Alaa Ghanem"));
    }

    @Test
    void readersMayReadButNotWriteAndAnyEditorMayRegister() {
        UUID office = UUID.randomUUID();
        UUID id = PeopleFixtures.person("أيمن أصفري", "Ayman Asfari");
        Map<String, Long> before = counts(dataSource, TABLES);
        assertProblem(given().auth().oauth2(TestTokens.reader(office)).contentType(ContentType.JSON)
                .body("{\"nameAr\": \"أيمن أصفري\", \"distinct\": true}").post("/people"), 403);
        assertProblem(given().auth().oauth2(TestTokens.reader(office)).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"").body("{\"nameEn\": \"A. Asfari\"}").patch("/people/" + id), 403);
        assertProblem(given().contentType(ContentType.JSON).get("/people/" + id), 401);
        assertUnchanged(before, counts(dataSource, TABLES));

        given().auth().oauth2(TestTokens.reader(office)).get("/people/" + id).then().statusCode(200);
        given().auth().oauth2(TestTokens.editor(office)).contentType(ContentType.JSON)
                .body("{\"nameAr\": \"أيمن أصفري\", \"distinct\": true}").post("/people").then().statusCode(201);
        given().auth().oauth2(TestTokens.editor(office)).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"").body("{\"nameEn\": \"A. Asfari\"}").patch("/people/" + id)
                .then().statusCode(200).body("nameEn", equalTo("A. Asfari"));
    }

    @Test
    void badQueryParametersAreNamed() {
        assertNames(admin().queryParam("limit", 0).get("/people"), "limit");
        assertNames(admin().queryParam("cursor", "garbage!").get("/people"), "cursor");
        Response longQ = admin().queryParam("q", "ب".repeat(301)).get("/people");
        assertProblem(longQ, 400);
        assertNames(longQ, "q");
    }
}
