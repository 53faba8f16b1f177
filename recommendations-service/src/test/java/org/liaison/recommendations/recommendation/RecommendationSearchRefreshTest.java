package org.liaison.recommendations.recommendation;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.infra.testing.TestTokens;
import org.liaison.names.ArabicNames;
import org.liaison.recommendations.Fixtures;
import org.liaison.recommendations.RecommendationsTestResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A recommendation stored before the search text carried compact keys (its row as the upgrade leaves it: the text
 * folded by search keys alone, {@code search_key_version} 0 from V2026120941's default) is folded again at startup,
 * and then found by a spelling only the compact key matches, with its version (and ETag) unchanged.
 */
@QuarkusTest
@WithTestResource(RecommendationsTestResource.class)
class RecommendationSearchRefreshTest {

    @Inject
    RecommendationSearchRefresh refresh;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aRowFoldedBeforeTheUpgradeIsFoundByEverySpellingAfterIt() throws Exception {
        String tag = "x" + UUID.randomUUID().toString().substring(0, 7);
        String textAr = "التنسيق مع عبد الرحمن الحاج " + tag + " في ملف المعتقلين";
        String textEn = "Coordinate with Abdulrahman Al-Hajj " + tag;
        Response set = Fixtures.adopt(Fixtures.set(Fixtures.organization("دائرة العلاقات الخارجية"), 2022,
                "1", textAr));
        String id = Fixtures.recommendation(set, 1);
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .header("If-Match", etag(id)).body("{\"textEn\": \"" + textEn + "\"}")
                .patch("/recommendations/" + id).then().statusCode(200);
        String etag = etag(id);
        // What the previous release wrote, and the upgrade's default version: every text by its search key alone.
        String before = Stream.of(textAr, textEn).map(ArabicNames::searchKey).collect(Collectors.joining(" "));
        execute("update recommendation set search_text = ?, search_key_version = 0 where id = ?", before, id);
        assertFalse(ids("عبدالرحمن الحاج " + tag).contains(id), "the old row has no compact keys");
        assertFalse(ids("AlHajj " + tag).contains(id), "the old row has no compact keys");

        refresh.refreshAll();

        assertTrue(ids("عبدالرحمن الحاج " + tag).contains(id));
        assertTrue(ids("عبد الرحمن ال-حاج " + tag).contains(id));
        assertTrue(ids("AlHajj " + tag).contains(id));
        assertTrue(ids("عبد الرحمن الحاج " + tag).contains(id), "still by its search key");
        assertEquals(ArabicNames.KEY_VERSION, keyVersion(id));
        assertEquals(etag, etag(id), "refolding its index is no change of the recommendation");
    }

    private static String etag(String id) {
        return given().auth().oauth2(TestTokens.admin()).get("/recommendations/" + id).then().statusCode(200)
                .extract().header("ETag");
    }

    private static List<String> ids(String q) {
        return given().auth().oauth2(TestTokens.admin()).queryParam("q", q).queryParam("limit", 200)
                .get("/recommendations").then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    private void execute(String sql, String text, String id) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, text);
            s.setObject(2, UUID.fromString(id));
            s.executeUpdate();
        }
    }

    private int keyVersion(String id) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select search_key_version from recommendation where id = ?")) {
            s.setObject(1, UUID.fromString(id));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
