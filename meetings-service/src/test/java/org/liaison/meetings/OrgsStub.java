package org.liaison.meetings;

import com.sun.net.httpserver.HttpServer;
import org.liaison.contracts.EventJson;
import org.liaison.contracts.OrganizationState;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers {@code GET /organizations/{id}} as orgs-service would, for organisations a test registers here
 * only: those whose events never reached the directory. The real flow runs in system-tests.
 */
public final class OrgsStub implements AutoCloseable {

    private final HttpServer server;
    private final Map<UUID, OrganizationState> known = new ConcurrentHashMap<>();

    public OrgsStub(String baseUrl) {
        URI uri = URI.create(baseUrl);
        try {
            server = HttpServer.create(new InetSocketAddress(uri.getHost(), uri.getPort()), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/organizations/", exchange -> {
            String id = exchange.getRequestURI().getPath().substring("/organizations/".length());
            OrganizationState state = known.get(UUID.fromString(id));
            byte[] body = state == null
                    ? "{\"status\":404}".getBytes(StandardCharsets.UTF_8)
                    : EventJson.mapper().writeValueAsBytes(state);
            exchange.getResponseHeaders().add("Content-Type", state == null ? "application/problem+json" : "application/json");
            exchange.sendResponseHeaders(state == null ? 404 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    public void register(OrganizationState state) {
        known.put(state.id(), state);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
