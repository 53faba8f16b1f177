package org.liaison.recommendations;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.liaison.infra.LiaisonTestResource;

import java.util.Map;

/** recommendations-service tests run against a real PostgreSQL ({@code recommendations}) and a real Kafka broker. */
public class RecommendationsTestResource implements QuarkusTestResourceLifecycleManager {

    private final LiaisonTestResource infra = new LiaisonTestResource();
    private String database = "recommendations";

    /** Init arg {@code database}: a database of its own (created on demand) instead of {@code recommendations}. */
    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault(LiaisonTestResource.DATABASE_ARG, database);
    }

    @Override
    public Map<String, String> start() {
        infra.init(Map.of(LiaisonTestResource.DATABASE_ARG, database));
        return infra.start();
    }

    @Override
    public void stop() {
        infra.stop();
    }
}
