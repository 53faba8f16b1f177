package org.liaison.recommendations.directory;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.liaison.infra.testing.TestTokens;
import org.liaison.recommendations.Fixtures;
import org.liaison.recommendations.RecommendationsTestResource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaison.recommendations.Fixtures.post;

/**
 * M7: a write naming organisations or meetings the directories have not received may wait for them
 * ({@code liaison.recommendations.directory-wait}, 10 s here), but only once the caller is known to be allowed to
 * make it, and only for a bounded number of ids: nobody pins a worker thread with random ids.
 */
@QuarkusTest
@TestProfile(DirectoryWaitTest.LongWait.class)
@WithTestResource(RecommendationsTestResource.class)
class DirectoryWaitTest {

    /** Far longer than any answer that does not wait may take on a busy machine. */
    private static final Duration NO_WAIT = Duration.ofSeconds(5);

    public static class LongWait implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("liaison.recommendations.directory-wait", "10s");
        }
    }

    @Test
    void m7_aWriteTheCallerMayNotMakeIsRefusedBeforeAnyWait() {
        UUID dfr = Fixtures.organization("دائرة العلاقات الخارجية");
        UUID snc = Fixtures.organization("هيئة التفاوض السورية");
        Response set = Fixtures.adopt(Fixtures.set(dfr, 2023, "8", "العمل على تطوير الحوار السوري-السوري"));
        String setId = set.path("id");
        String eight = Fixtures.recommendation(set, 8);
        String stranger = TestTokens.editor(snc);
        String unknown = UUID.randomUUID().toString();

        quickly(403, () -> post(stranger, "/recommendations/" + eight + "/status",
                Map.of("status", "planned", "meetingIds", List.of(unknown))));
        quickly(403, () -> given().auth().oauth2(stranger).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("leadOfficeId", unknown)).patch("/recommendations/" + eight));
        quickly(403, () -> post(stranger, "/recommendation-sets/" + setId + "/recommendations",
                Map.of("number", 9, "textAr", "توصية", "leadOfficeId", unknown)));
        quickly(403, () -> given().auth().oauth2(stranger).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("adoptingMeetingId", unknown)).patch("/recommendation-sets/" + setId));
        Map<String, Object> foreign = Fixtures.set(dfr, 2024, "1", "توصية");
        foreign.put("adoptingMeetingId", unknown);
        quickly(403, () -> post(stranger, "/recommendation-sets", foreign));
    }

    @Test
    void m7_anAllowedWriteWaitsOnlyForAFewIds() {
        UUID dfr = Fixtures.organization("دائرة العلاقات الخارجية");
        // 150 organisations nobody has heard of: more than are waited for, so 422 at once.
        Map<String, Object> many = Fixtures.set(dfr, 2024);
        List<Map<String, Object>> items = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            List<String> supporters = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                supporters.add(UUID.randomUUID().toString());
            }
            items.add(new HashMap<>(Map.of("number", n, "textAr", "توصية " + n, "supportingOrganizationIds",
                    supporters)));
        }
        many.put("recommendations", items);
        quickly(422, () -> post(TestTokens.editor(dfr), "/recommendation-sets", many));

        // One meeting recorded a moment after the report naming it: the report waits for it and is taken.
        String eight = Fixtures.recommendation(Fixtures.adopt(Fixtures.set(dfr, 2023, "8",
                "العمل على تطوير الحوار السوري-السوري")), 8);
        UUID meeting = UUID.randomUUID();
        CompletableFuture<Void> arrives = CompletableFuture.runAsync(() -> {
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Fixtures.meeting(meeting, dfr, "held", 0, List.of());
        });
        post(TestTokens.editor(dfr), "/recommendations/" + eight + "/status",
                Map.of("status", "in_progress", "meetingIds", List.of(meeting.toString()))).then().statusCode(201);
        arrives.join();
    }

    private static void quickly(int status, Supplier<Response> request) {
        long start = System.nanoTime();
        Response response = request.get();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(status, response.statusCode(), response.asString());
        assertTrue(took.compareTo(NO_WAIT) < 0, "answered after " + took.toMillis() + " ms: it waited first");
    }
}
