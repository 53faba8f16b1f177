package org.liaison.dashboard;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.liaison.infra.LiaisonTestResource;

import java.util.Map;

/** dashboard-service tests run against a real PostgreSQL ({@code dashboard}) and a real Kafka broker. */
public class DashboardTestResource implements QuarkusTestResourceLifecycleManager {

    private final LiaisonTestResource infra = new LiaisonTestResource();

    @Override
    public Map<String, String> start() {
        infra.init(Map.of(LiaisonTestResource.DATABASE_ARG, "dashboard"));
        return infra.start();
    }

    @Override
    public void stop() {
        infra.stop();
    }
}
