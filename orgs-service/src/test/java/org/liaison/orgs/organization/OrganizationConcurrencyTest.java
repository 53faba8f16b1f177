package org.liaison.orgs.organization;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.infra.testing.TestTokens;
import org.liaison.orgs.OrgsTestResource;
import org.liaison.orgs.TestNames;
import org.liaison.orgs.events.OutboxRows;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Updates name the version they read (If-Match); a change based on an old version is refused. */
@QuarkusTest
@WithTestResource(OrgsTestResource.class)
class OrganizationConcurrencyTest {

    @Inject
    OutboxRows outbox;

    @Test
    void anUpdateWithoutIfMatchIsRefusedWith428() {
        String id = register();
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("{\"nameEn\": \"Baytna\"}")
                .patch("/organizations/" + id)
                .then().statusCode(428).contentType("application/problem+json")
                .body("errors.field", hasItem("If-Match"));
    }

    @Test
    void anUpdateBasedOnAnOldVersionIsRefusedWith412AndTheCurrentETag() {
        String id = register();
        update(id, "\"0\"", "Baytna").then().statusCode(200).header("ETag", "\"1\"");
        update(id, "\"0\"", "Baytna Syria").then().statusCode(412)
                .contentType("application/problem+json")
                .header("ETag", "\"1\"");
        given().auth().oauth2(TestTokens.admin()).get("/organizations/" + id).then().body("nameEn", equalTo("Baytna"));
        assertEquals(2, outbox.countFor(UUID.fromString(id)),
                "registered and one update: the refused one left no event");
    }

    @Test
    void ofTwoConcurrentUpdatesOfTheSameVersionExactlyOneWins() throws Exception {
        for (int round = 0; round < 5; round++) {
            String id = register();
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Integer>> updates = List.of("الأولى", "الثانية").stream()
                    .map(name -> CompletableFuture.supplyAsync(() -> {
                        await(start);
                        return update(id, "\"0\"", name).then().extract().statusCode();
                    })).toList();
            start.countDown();
            List<Integer> statuses = updates.stream().map(f -> f.orTimeout(20, TimeUnit.SECONDS).join()).sorted()
                    .toList();
            assertEquals(List.of(200, 412), statuses, "round " + round);
            given().auth().oauth2(TestTokens.admin()).get("/organizations/" + id).then().body("version", equalTo(1));
            assertEquals(2, outbox.countFor(UUID.fromString(id)));
        }
    }

    private static String register() {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"kind\": \"civil_society_organization\", \"nameAr\": \"" + TestNames.unique("بيتنا") + "\"}")
                .post("/organizations").then().statusCode(201).extract().path("id");
    }

    private static io.restassured.response.Response update(String id, String ifMatch, String nameEn) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).header("If-Match", ifMatch)
                .body("{\"nameEn\": \"" + nameEn + "\"}").patch("/organizations/" + id);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
