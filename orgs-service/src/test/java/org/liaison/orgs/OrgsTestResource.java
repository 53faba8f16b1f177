package org.liaison.orgs;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.liaison.infra.LiaisonTestResource;

import java.util.Map;

/** orgs-service tests run against a real PostgreSQL ({@code orgs} database) and a real Kafka broker. */
public class OrgsTestResource implements QuarkusTestResourceLifecycleManager {

    private final LiaisonTestResource infra = new LiaisonTestResource();

    @Override
    public Map<String, String> start() {
        infra.init(Map.of(LiaisonTestResource.DATABASE_ARG, "orgs"));
        return infra.start();
    }

    @Override
    public void stop() {
        infra.stop();
    }
}
