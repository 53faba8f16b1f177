package org.liaison.dashboard.webhook;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.liaison.dashboard.DashboardTestResource;
import org.liaison.infra.testing.TestTokens;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The webhook API: the secret shown once, who may see and change what, and bad input named by field. */
@QuarkusTest
@WithTestResource(DashboardTestResource.class)
class WebhookApiTest {

    private final UUID office = UUID.randomUUID();
    private final String editor = TestTokens.editor(office);

    @Test
    void theSecretIsShownOnceAndOtherOfficesSeeNothing() {
        var created = given().auth().oauth2(editor).contentType("application/json")
                .body(Map.of("url", "https://hooks.example.org/liaison", "types", List.of("meeting.*")))
                .post("/webhooks").then().statusCode(201)
                .header("Location", startsWith("http")).header("ETag", equalTo("\"0\""))
                .body("secret", startsWith("whsec_")).body("status", equalTo("active"))
                .body("office", equalTo(office.toString())).extract().jsonPath();
        String id = created.getString("id");
        byte[] key = Base64.getDecoder().decode(created.getString("secret").substring("whsec_".length()));
        assertTrue(key.length >= 24, "at least 24 random bytes");

        given().auth().oauth2(TestTokens.reader(office)).get("/webhooks/" + id).then().statusCode(200)
                .body("secret", nullValue()).body("types", equalTo(List.of("meeting.*")));
        given().auth().oauth2(TestTokens.reader(office)).get("/webhooks").then().statusCode(200)
                .body("items.id", hasItem(id)).body("items.secret", not(hasItem(startsWith("whsec_"))));
        given().auth().oauth2(TestTokens.admin()).get("/webhooks/" + id).then().statusCode(200);

        String other = TestTokens.editor(UUID.randomUUID());
        given().auth().oauth2(other).get("/webhooks/" + id).then().statusCode(404);
        given().auth().oauth2(other).get("/webhooks/" + id + "/deliveries").then().statusCode(404);
        given().auth().oauth2(other).post("/webhooks/" + id + "/resume").then().statusCode(404);
        given().auth().oauth2(other).delete("/webhooks/" + id).then().statusCode(404);
        given().auth().oauth2(other).get("/webhooks").then().statusCode(200).body("items.id", not(hasItem(id)));
        given().auth().oauth2(TestTokens.reader(office)).contentType("application/json")
                .body(Map.of("url", "https://hooks.example.org/x")).post("/webhooks").then().statusCode(403);
        given().get("/webhooks").then().statusCode(401);

        given().auth().oauth2(editor).contentType("application/json").body(Map.of("active", false))
                .patch("/webhooks/" + id).then().statusCode(428);
        given().auth().oauth2(editor).contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("active", false, "subject", "meeting/*")).patch("/webhooks/" + id).then().statusCode(200)
                .body("status", equalTo("disabled")).body("subject", equalTo("meeting/*"))
                .header("ETag", equalTo("\"1\""));

        String rotated = given().auth().oauth2(editor).post("/webhooks/" + id + "/secret/rotate").then().statusCode(200)
                .body("secret", startsWith("whsec_")).extract().path("secret");
        assertNotEquals(created.getString("secret"), rotated);

        given().auth().oauth2(editor).delete("/webhooks/" + id).then().statusCode(204);
        given().auth().oauth2(editor).get("/webhooks/" + id).then().statusCode(404);
    }

    @Test
    void badInputIsNamedByField() {
        badCreate(Map.of("types", List.of("meeting.*")), "url");
        badCreate(Map.of("url", "ftp://hooks.example.org/x"), "url");
        badCreate(Map.of("url", "not a url"), "url");
        // Well-formed, but not a target a webhook may have: 422 (WebhookTargetTest has the whole policy).
        refusedCreate(Map.of("url", "http://169.254.169.254/latest/meta-data"), "url");
        refusedCreate(Map.of("url", "http://[fe80::1]/x"), "url");
        refusedCreate(Map.of("url", "http://0.0.0.0:8080/x"), "url");
        badCreate(Map.of("url", "https://user:pw@hooks.example.org/x"), "url");
        badCreate(Map.of("url", "https://hooks.example.org/" + "x".repeat(2100)), "url");
        badCreate(Map.of("url", "https://hooks.example.org/x", "types", List.of("Meeting!")), "types[0]");
        badCreate(Map.of("url", "https://hooks.example.org/x", "subject", "meeting"), "subject");
        badCreate(Map.of("url", "https://hooks.example.org/x", "organizationId", "nope"), "organizationId");
        badCreate(Map.of("url", "https://hooks.example.org/x", "colour", "red"), "colour");

        String id = Hooks.create(editor, Map.of("url", "https://hooks.example.org/x")).getString("id");
        given().auth().oauth2(editor).contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("organizationId", "nope")).patch("/webhooks/" + id)
                .then().statusCode(400).body("errors.field", hasItem("organizationId"));
        given().auth().oauth2(editor).queryParam("status", "lost").get("/webhooks/" + id + "/deliveries")
                .then().statusCode(400).body("errors.field", hasItem("status"));
        given().auth().oauth2(editor).queryParam("limit", "0").get("/webhooks/" + id + "/deliveries")
                .then().statusCode(400).body("errors.field", hasItem("limit"));
        Hooks.delete(editor, id);
    }

    @Test
    void afterARotationBothSecretsVerify() throws Exception {
        UUID org = UUID.randomUUID();
        try (Receiver oldOnly = new Receiver(0); Publish publish = new Publish()) {
            var hook = Hooks.create(editor, Map.of("url", oldOnly.url(), "organizationId", org.toString()));
            String id = hook.getString("id");
            String rotated = given().auth().oauth2(editor).post("/webhooks/" + id + "/secret/rotate")
                    .then().statusCode(200).extract().path("secret");
            oldOnly.verifyWith(hook.getString("secret"));
            String eventId = publish.organization(org, "بعد التدوير");
            await().atMost(Duration.ofSeconds(30)).until(() -> oldOnly.successesFor(eventId) == 1);
            var request = oldOnly.requestsFor(eventId).get(0);
            assertEquals(2, request.signatureHeader().split(" ").length,
                    "two signatures: " + request.signatureHeader());
            assertTrue(request.verifiedWith(rotated), "the new secret verifies it as well");
            Hooks.delete(editor, id);
        }
    }

    private void refusedCreate(Map<String, Object> body, String field) {
        given().auth().oauth2(editor).contentType("application/json").body(body).post("/webhooks")
                .then().statusCode(422).contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    private void badCreate(Map<String, Object> body, String field) {
        given().auth().oauth2(editor).contentType("application/json").body(body).post("/webhooks")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }
}
