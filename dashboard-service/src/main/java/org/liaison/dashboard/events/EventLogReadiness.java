package org.liaison.dashboard.events;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the live consumer has its partitions and its starting offsets. */
@Readiness
@ApplicationScoped
public class EventLogReadiness implements HealthCheck {

    private final EventLog log;

    public EventLogReadiness(EventLog log) {
        this.log = log;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("dashboard-event-log").status(log.isReady()).build();
    }
}
