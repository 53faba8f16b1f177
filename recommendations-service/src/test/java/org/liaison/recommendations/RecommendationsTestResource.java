package org.liaison.recommendations;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.liaison.infra.LiaisonTestResource;

import java.util.Map;

/** recommendations-service tests run against a real PostgreSQL ({@code recommendations}) and a real Kafka broker. */
public class RecommendationsTestResource implements QuarkusTestResourceLifecycleManager {

    private final LiaisonTestResource infra = new LiaisonTestResource();

    @Override
    public Map<String, String> start() {
        infra.init(Map.of(LiaisonTestResource.DATABASE_ARG, "recommendations"));
        return infra.start();
    }

    @Override
    public void stop() {
        infra.stop();
    }
}
