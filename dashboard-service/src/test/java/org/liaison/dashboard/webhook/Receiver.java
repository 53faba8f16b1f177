package org.liaison.dashboard.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver on a free local port, as an office would run one: verifies every request with the Standard
 * Webhooks reference library, answers {@code failStatus} for the first {@code failures} requests (or while
 * {@link #failAlways}) and 200 after, and records what it saw.
 */
final class Receiver implements AutoCloseable {

    /** One request as received. */
    record Request(String webhookId, String eventId, JsonNode body, boolean verified, String verifyError,
                   int answered, Instant at, String signatureHeader, String rawBody,
                   Map<String, List<String>> headers) {

        /** Whether {@code secret} verifies this request (the library checks each signature of the header). */
        boolean verifiedWith(String secret) {
            try {
                new Webhook(secret).verify(rawBody, headers);
                return true;
            } catch (Exception e) {
                return false;
            }
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft;
    private volatile boolean failAlways;
    private volatile List<String> secrets = List.of();

    Receiver(int failures) throws IOException {
        this.failuresLeft = new AtomicInteger(failures);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The secrets to verify with; a request passes if any of them verifies it. */
    void verifyWith(String... secrets) {
        this.secrets = List.of(secrets);
    }

    void failAlways(boolean fail) {
        this.failAlways = fail;
    }

    List<Request> requests() {
        return new ArrayList<>(requests);
    }

    List<Request> requestsFor(String eventId) {
        return requests.stream().filter(r -> eventId.equals(r.eventId())).toList();
    }

    long successesFor(String eventId) {
        return requestsFor(eventId).stream().filter(r -> r.answered() == 200).count();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] bytes;
        try (InputStream in = exchange.getRequestBody()) {
            bytes = in.readAllBytes();
        }
        String body = new String(bytes, StandardCharsets.UTF_8);
        com.sun.net.httpserver.Headers headers = exchange.getRequestHeaders();
        String error = "no secret to verify with";
        boolean verified = false;
        for (String secret : secrets) {
            try {
                new Webhook(secret).verify(body, headers);
                verified = true;
                break;
            } catch (Exception e) {
                error = e.getMessage();
            }
        }
        JsonNode json = JSON.readTree(body);
        int status = failAlways || failuresLeft.getAndDecrement() > 0 ? 500 : (verified ? 200 : 401);
        requests.add(new Request(exchange.getRequestHeaders().getFirst("webhook-id"), json.path("id").asText(), json,
                verified, verified ? null : error, status, Instant.now(), headers.getFirst("webhook-signature"), body,
                Map.copyOf(headers)));
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
