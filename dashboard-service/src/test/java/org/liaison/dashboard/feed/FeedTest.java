package org.liaison.dashboard.feed;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.liaison.dashboard.DashboardTestResource;
import org.liaison.dashboard.Events;
import org.liaison.infra.testing.TestTokens;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The pull feed: pages in order after a cursor, merges as tombstones. */
@QuarkusTest
@WithTestResource(DashboardTestResource.class)
class FeedTest {

    @Test
    void pagesFollowTheCursorAndAMergeIsATombstone() {
        UUID winner = UUID.randomUUID();
        UUID loser = UUID.randomUUID();
        String from = Instant.now().minusSeconds(1).toString();
        try (Events events = new Events()) {
            events.organization(winner, "الأصل", "Original");
            events.organization(loser, "نسخة", "Copy");
            events.merged(loser, winner);
        }
        String org = winner + "," + loser;
        await().untilAsserted(() -> assertEquals(3, page(null, from, org, 10).getList("items").size()));

        List<String> types = new ArrayList<>();
        String cursor = null;
        JsonPath page = page(null, from, org, 2);
        types.addAll(page.getList("items.type"));
        cursor = page.getString("nextCursor");
        page = page(cursor, null, org, 2);
        types.addAll(page.getList("items.type"));
        assertEquals(List.of("organization.merged", "organization.registered", "organization.registered"),
                types.stream().sorted().toList());
        JsonPath all = page(null, from, org, 10);
        int merged = all.getList("items.type").indexOf("organization.merged");
        assertEquals(loser.toString(), all.getString("items[" + merged + "].tombstone.id"));
        assertEquals(winner.toString(), all.getString("items[" + merged + "].tombstone.mergedInto"));
        assertEquals(0, page(all.getString("nextCursor"), null, org, 10).getList("items").size(),
                "nothing after the end");
    }

    @Test
    void aMergedPersonIsATombstoneToo() {
        UUID winner = UUID.randomUUID();
        UUID loser = UUID.randomUUID();
        String from = Instant.now().minusSeconds(1).toString();
        try (Events events = new Events()) {
            events.personMerged(loser, winner);
        }
        String find = "items.find { it.data.id == '" + loser + "' }";
        await().untilAsserted(() -> assertEquals(winner.toString(),
                page(null, from, null, 200).getString(find + ".tombstone.mergedInto")));
        assertEquals(loser.toString(), page(null, from, null, 200).getString(find + ".tombstone.id"));
    }

    @Test
    void badCursorsAndLimitsAre400() {
        String token = TestTokens.admin();
        given().auth().oauth2(token).queryParam("after", "zz").get("/feed").then().statusCode(400);
        given().auth().oauth2(token).queryParam("limit", "0").get("/feed").then().statusCode(400);
        given().auth().oauth2(token).queryParam("limit", "100000").get("/feed").then().statusCode(400);
    }

    private static JsonPath page(String after, String from, String org, int limit) {
        var request = given().auth().oauth2(TestTokens.admin()).queryParam("org", org).queryParam("limit", limit);
        if (after != null) {
            request.queryParam("after", after);
        }
        if (from != null) {
            request.queryParam("from", from);
        }
        return request.get("/feed").then().statusCode(200).extract().jsonPath();
    }
}
