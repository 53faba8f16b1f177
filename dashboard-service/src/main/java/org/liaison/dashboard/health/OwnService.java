package org.liaison.dashboard.health;

import io.micrometer.prometheus.PrometheusMeterRegistry;
import io.smallrye.health.SmallRyeHealth;
import io.smallrye.health.SmallRyeHealthReporter;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The dashboard's own readiness and metrics, read in this process rather than over HTTP (no URL of itself to
 * configure, and never another instance behind a load balancer), in the form the other services answer them, so
 * that {@link ServiceHealth} reads all four alike.
 */
@ApplicationScoped
public class OwnService {

    private final SmallRyeHealthReporter health;
    private final PrometheusMeterRegistry metrics;

    public OwnService(SmallRyeHealthReporter health, PrometheusMeterRegistry metrics) {
        this.health = health;
        this.metrics = metrics;
    }

    ServiceAnswers answers() {
        SmallRyeHealth readiness = health.getReadiness();
        return new ServiceAnswers(readiness.isDown() ? 503 : 200, readiness.getPayload().toString(), metrics.scrape(),
                null);
    }
}
