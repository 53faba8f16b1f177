package org.liaison.orgs.common;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.infra.testing.TestTokens;
import org.liaison.orgs.OrgsTestResource;
import org.liaison.orgs.TestNames;
import org.liaison.orgs.judgement.OrganizationJudgementTest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Keys computed by an older normaliser version, or never computed, are recomputed at startup. */
@QuarkusTest
@WithTestResource(OrgsTestResource.class)
class NameKeyRefreshTest {

    @Inject
    NameKeyRefresh refresh;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void staleAndMissingKeysAreRecomputed() throws Exception {
        String name = TestNames.unique("وحدة تنسيق الدعم");
        String stale = register(name);
        String missing = register(TestNames.unique("وحدة تنسيق الدعم"));
        execute("update organization_name set search_key = 'old', compact_key = 'old', key_version = 0 where "
                + "organization_id = ?", stale);
        execute("delete from organization_name where organization_id = ?", missing);
        // An older normaliser wrote the organisations' search keys too, or wrote none.
        execute("update organization set search_keys = 'old' where id = ?", stale);
        execute("update organization set search_keys = null where id = ?", missing);
        search("وحده تنسيق الدعم").then().body("items.id", not(hasItem(stale))).body("items.id", not(hasItem(missing)));

        refresh.onStart(null);

        search("وحده تنسيق الدعم").then().statusCode(200).body("items.id", hasItem(stale))
                .body("items.id", hasItem(missing));
    }

    @Test
    void aPairJudgedNotTheSameStaysSoAfterItsKeysAreRecomputed() throws Exception {
        String tag = " " + UUID.randomUUID().toString().substring(0, 6);
        String unit = OrganizationJudgementTest.register("وحدة دعم الاستقرار" + tag);
        String variant = OrganizationJudgementTest.register("وحده دعم استقرار" + tag);
        OrganizationJudgementTest.judge(unit, variant, "not_same", null).statusCode(201);
        execute("update organization_name set search_key = 'old', compact_key = 'old', key_version = 0 where "
                + "organization_id = ?", variant);

        refresh.onStart(null);

        search("وحده دعم استقرار" + tag).then().statusCode(200).body("items.id", hasItem(variant));
        OrganizationJudgementTest.similar(unit).body("items.organizationId", not(hasItem(variant)));
    }

    @Test
    void aMergedOrganisationStaysOutOfTheIndex() throws Exception {
        String name = TestNames.unique("بيتنا");
        String winner = register(TestNames.unique("بيتنا سوريا"));
        String loser = register(name);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"organizationId\": \"" + loser + "\"}")
                .post("/organizations/" + winner + "/merge").then().statusCode(200);

        refresh.onStart(null);

        search(name).then().statusCode(200).body("items.id", hasItem(winner)).body("items.id", not(hasItem(loser)));
    }

    @Test
    void peoplesStaleKeysAreRecomputed() throws Exception {
        String name = TestNames.unique("منذر سلال");
        String person = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"nameAr\": \"" + name + "\", \"distinct\": true}")
                .post("/people").then().statusCode(201).extract().path("id");
        execute("update person_name set search_key = 'old', compact_key = 'old', key_version = 0 where person_id = ?",
                person);
        people(name).then().body("items.id", not(hasItem(person)));

        refresh.onStart(null);

        people(name).then().statusCode(200).body("items.id", hasItem(person));
    }

    private void execute(String sql, String id) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, UUID.fromString(id));
            s.executeUpdate();
        }
    }

    private static String register(String name) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"kind\": \"civil_society_organization\", \"nameAr\": \"" + name + "\", \"distinct\": true}")
                .post("/organizations").then().statusCode(201).extract().path("id");
    }

    private static io.restassured.response.Response people(String q) {
        return given().auth().oauth2(TestTokens.admin()).queryParam("q", q).queryParam("limit", 200).get("/people");
    }

    private static io.restassured.response.Response search(String q) {
        return given().auth().oauth2(TestTokens.admin()).queryParam("q", q).queryParam("limit", 200)
                .get("/organizations");
    }
}
