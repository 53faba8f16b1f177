package org.liaison.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;

/** The REST APIs as a partner office's client calls them; a transport failure is an answer too ("indeterminate"). */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    /**
     * {@code status} is -1 when no answer came (connection refused, reset, timed out): the write may or may not be
     * done; {@code timedOut} tells the client's own timeout ({@link #TIMEOUT}) from a refused or broken connection.
     */
    record Answer(int status, JsonNode body, Optional<String> etag, Optional<String> retryAfter,
                  Optional<String> contentType, boolean timedOut) {
        boolean indeterminate() {
            return status < 0;
        }

        boolean success() {
            return status >= 200 && status < 300;
        }
    }

    private Api() {
    }

    static Answer send(String method, String url, String token, String json, String idempotencyKey, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json, application/problem+json");
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        request.method(method,
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body() == null || response.body().isBlank() ? null : parse(response.body());
            return new Answer(response.statusCode(), body, response.headers().firstValue("ETag"),
                    response.headers().firstValue("Retry-After"), response.headers().firstValue("Content-Type"), false);
        } catch (IOException e) {
            // A connect timeout is a refused connection in effect; only the request's own timeout is a hang.
            return noAnswer(e instanceof HttpTimeoutException && !(e instanceof HttpConnectTimeoutException));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return noAnswer(false);
        }
    }

    private static Answer noAnswer(boolean timedOut) {
        return new Answer(-1, null, Optional.empty(), Optional.empty(), Optional.empty(), timedOut);
    }

    static Answer get(String url, String token) {
        return send("GET", url, token, null, null, null);
    }

    /** The body of a GET as text (metrics), empty when there is no 200 answer. */
    static String text(String url, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token).GET().build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(body);
        }
    }
}
