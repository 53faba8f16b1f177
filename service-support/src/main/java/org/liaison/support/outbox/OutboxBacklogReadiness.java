package org.liaison.support.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The outbox backlog in the readiness answer, for whoever looks at a service's health without its metrics (the
 * dashboard's system health): always UP, since a backlog is no reason to stop taking requests (the writes queue in
 * the outbox and go out once the broker answers, and the broker's own state is a check of its own).
 */
@Readiness
@ApplicationScoped
public class OutboxBacklogReadiness implements HealthCheck {

    public static final String NAME = "outbox-backlog";

    private final OutboxBacklog backlog;

    public OutboxBacklogReadiness(OutboxBacklog backlog) {
        this.backlog = backlog;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(NAME).up().withData("pendingRows", backlog.pendingRows())
                .withData("oldestPendingSeconds", Math.round(backlog.oldestAgeSeconds())).build();
    }
}
