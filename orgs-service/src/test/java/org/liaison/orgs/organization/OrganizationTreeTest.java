package org.liaison.orgs.organization;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.liaison.infra.testing.TestTokens;
import org.liaison.orgs.OrgsTestResource;
import org.liaison.orgs.TestNames;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Organisations under others: units listed, loops refused, an office's editors also edit its units. */
@QuarkusTest
@WithTestResource(OrgsTestResource.class)
class OrganizationTreeTest {

    @Test
    void listsTheUnitsBelowAnOrganizationLevelByLevel() {
        String aanes = register(TestNames.unique("الإدارة الذاتية لشمال وشرق سوريا"), null, null);
        String dfr = register(TestNames.unique("دائرة العلاقات الخارجية"), aanes, "department_of");
        String office = register(TestNames.unique("ممثلية الإدارة الذاتية في أوروبا"), dfr, "representation_of");

        get(dfr).then().statusCode(200).body("parentId", equalTo(aanes))
                .body("parentRelation", equalTo("department_of"));
        given().auth().oauth2(TestTokens.admin()).get("/organizations/" + aanes + "/units").then().statusCode(200)
                .body("items.id", contains(dfr, office))
                .body("items.depth", contains(1, 2))
                .body("items.parentId", contains(aanes, dfr));
    }

    @Test
    void refusesAParentChainThatWouldLoop() {
        String coalition = register(TestNames.unique("الائتلاف الوطني لقوى الثورة والمعارضة السورية"), null, null);
        String acu = register(TestNames.unique("وحدة تنسيق الدعم"), coalition, "set_up_under");

        patch(coalition, "{\"parentId\": \"" + acu + "\"}").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("parentId"));
        patch(coalition, "{\"parentId\": \"" + coalition + "\"}").then().statusCode(422);
        get(coalition).then().body("version", equalTo(0)).body("parentId", equalTo(null));
    }

    @Test
    void refusesAnUnknownParent() {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"kind\": \"office\", \"nameAr\": \"" + TestNames.unique("مكتب") + "\", \"parentId\": \""
                        + UUID.randomUUID() + "\"}")
                .post("/organizations").then().statusCode(422).body("errors.field", hasItem("parentId"));
    }

    @Test
    void anOfficesEditorsChangeItsUnitsButNotTheOtherWayRound() {
        String council = register(TestNames.unique("المجلس العلوي الأعلى في سوريا"), null, null);
        String office = register(TestNames.unique("مكتب التنسيق والعلاقات العامة"), council, "office_of");

        given().auth().oauth2(TestTokens.editor(UUID.fromString(council))).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"").body("{\"nameEn\": \"Office of Coordination\"}")
                .patch("/organizations/" + office).then().statusCode(200);
        given().auth().oauth2(TestTokens.editor(UUID.fromString(office))).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"").body("{\"nameEn\": \"Supreme Alawite Council\"}")
                .patch("/organizations/" + council).then().statusCode(403);
    }

    private static String register(String nameAr, String parentId, String relation) {
        String parent = parentId == null ? ""
                : ", \"parentId\": \"" + parentId + "\", \"parentRelation\": \"" + relation + "\"";
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"kind\": \"office\", \"nameAr\": \"" + nameAr + "\"" + parent + "}")
                .post("/organizations").then().statusCode(201).extract().path("id");
    }

    private static Response get(String id) {
        return given().auth().oauth2(TestTokens.admin()).get("/organizations/" + id);
    }

    private static Response patch(String id, String body) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body).patch("/organizations/" + id);
    }
}
