package org.liaison.dashboard.webhook;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Calls of the webhook API, for the tests. */
final class Hooks {

    private Hooks() {
    }

    /** Creates a webhook and answers its body (with the secret). */
    static JsonPath create(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .post("/webhooks").then().statusCode(201).extract().jsonPath();
    }

    static JsonPath get(String token, String id) {
        return given().auth().oauth2(token).get("/webhooks/" + id).then().statusCode(200).extract().jsonPath();
    }

    static List<Map<String, Object>> deliveries(String token, String id) {
        return given().auth().oauth2(token).get("/webhooks/" + id + "/deliveries")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    /** The delivery of {@code eventId} in a subscription's log. */
    static Map<String, Object> deliveryOf(String token, String id, String eventId) {
        return deliveries(token, id).stream().filter(d -> eventId.equals(d.get("eventId"))).findFirst()
                .orElseThrow(() -> new AssertionError("no delivery of " + eventId));
    }

    /** Every attempt of every delivery in a subscription's log. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> attempts(String token, String id) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (Map<String, Object> delivery : deliveries(token, id)) {
            all.addAll((List<Map<String, Object>>) delivery.get("attemptLog"));
        }
        return all;
    }

    static Response resume(String token, String id) {
        return given().auth().oauth2(token).post("/webhooks/" + id + "/resume");
    }

    static void delete(String token, String id) {
        given().auth().oauth2(token).delete("/webhooks/" + id).then().statusCode(204);
    }
}
