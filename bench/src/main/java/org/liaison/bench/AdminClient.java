package org.liaison.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.liaison.contracts.EventJson;
import org.liaison.infra.testing.TestTokens;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/** JSON requests to the services as an admin, for workloads that drive single steps; anything but 2xx throws. */
final class AdminClient {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String token = TestTokens.admin();

    String token() {
        return token;
    }

    JsonNode get(String url) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    /** A create: a fresh idempotency key each time. */
    JsonNode post(String url, String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A change of the version the caller read ({@code If-Match}). */
    JsonNode patch(String url, long version, String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).header("If-Match", "\"" + version + "\"")
                .header("Content-Type", "application/json").method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
    }

    void delete(String url) throws Exception {
        send(HttpRequest.newBuilder(URI.create(url)).DELETE());
    }

    private JsonNode send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> answer = http.send(request.timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException(answer.request().method() + " " + answer.request().uri() + " answered "
                    + answer.statusCode() + ": " + answer.body());
        }
        return answer.body().isEmpty() ? EventJson.mapper().nullNode() : EventJson.mapper().readTree(answer.body());
    }
}
