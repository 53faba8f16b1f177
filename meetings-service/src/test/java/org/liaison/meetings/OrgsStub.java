package org.liaison.meetings;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
                    : EventJson.mapper().writeValueAsBytes(view(state));
            exchange.getResponseHeaders()
                    .add("Content-Type", state == null ? "application/problem+json" : "application/json");
            int status = state == null ? 404 : 200;
            if (state != null && state.mergedInto() != null) {
                // As orgs-service answers for a merged organisation: its own record, pointing at the winner.
                status = 307;
                exchange.getResponseHeaders().add("Location", "/organizations/" + state.mergedInto());
            }
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** orgs-service's view: the state and fields the events do not carry, some in shapes the look-up never reads. */
    private static ObjectNode view(OrganizationState state) {
        ObjectNode view = EventJson.mapper().valueToTree(state);
        view.put("createdAt", "2024-06-10T09:00:00Z");
        view.put("updatedAt", "2024-06-11T09:00:00Z");
        view.putObject("parent").put("id", UUID.randomUUID().toString()).putArray("path").add("x");
        view.putArray("otherNames").addObject().put("name", "اسم سابق").putObject("period").put("from", 2019);
        return view;
    }

    public void register(OrganizationState state) {
        known.put(state.id(), state);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
