package org.liaison.meetings;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.liaison.infra.LiaisonTestResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

/**
 * meetings-service tests run against a real PostgreSQL ({@code meetings} database unless an init arg names
 * another) and a real Kafka
 * broker. orgs-service itself is not running: its fallback look-up URL points at a free port where a test
 * may start an {@link OrgsStub}.
 */
public class MeetingsTestResource implements QuarkusTestResourceLifecycleManager {

    private final LiaisonTestResource infra = new LiaisonTestResource();
    private String database = "meetings";

    /** Init arg {@code database}: a database of its own (created on demand) instead of {@code meetings}. */
    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault(LiaisonTestResource.DATABASE_ARG, database);
    }

    @Override
    public Map<String, String> start() {
        infra.init(Map.of(LiaisonTestResource.DATABASE_ARG, database));
        Map<String, String> config = new HashMap<>(infra.start());
        config.put("liaison.orgs.url", "http://127.0.0.1:" + freePort());
        return config;
    }

    @Override
    public void stop() {
        infra.stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
