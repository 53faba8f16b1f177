package org.liaison.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.standardwebhooks.Webhook;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A partner office's webhook receiver on a free loopback port: it verifies each delivery with the Standard Webhooks
 * reference library, as a receiver must, answers 200 to a verified one and 401 to any other, and records per event
 * which {@code webhook-id}s brought it and how often.
 */
final class WebhookReceiver implements AutoCloseable {

    /** What arrived for one event: the {@code webhook-id} of every verified request, repeats included. */
    record Arrivals(List<String> webhookIds) {
        int times() {
            return webhookIds.size();
        }

        /** Repeats a receiver deduplicating by {@code webhook-id} (the Standard Webhooks contract) absorbs. */
        boolean sameWebhookId() {
            return Set.copyOf(webhookIds).size() <= 1;
        }
    }

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newFixedThreadPool(8);
    private final Map<String, List<String>> webhookIdsByEvent = new ConcurrentHashMap<>();
    private final AtomicInteger unverified = new AtomicInteger();
    private volatile String secret;

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/hook", this::handle);
        server.setExecutor(handlers);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The signing secret the webhook's creation answered ({@code whsec_...}). */
    void verifyWith(String secret) {
        this.secret = secret;
    }

    Map<String, Arrivals> arrivals() {
        Map<String, Arrivals> copy = new ConcurrentHashMap<>();
        webhookIdsByEvent.forEach((event, ids) -> {
            synchronized (ids) {
                copy.put(event, new Arrivals(List.copyOf(ids)));
            }
        });
        return copy;
    }

    int unverified() {
        return unverified.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int status = 200;
        try {
            new Webhook(secret).verify(body, exchange.getRequestHeaders());
            JsonNode event = Api.JSON.readTree(body);
            List<String> ids = webhookIdsByEvent.computeIfAbsent(event.path("id").asText(), e -> new ArrayList<>());
            synchronized (ids) {
                ids.add(exchange.getRequestHeaders().getFirst("webhook-id"));
            }
        } catch (Exception e) {
            unverified.incrementAndGet();
            status = 401;
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
