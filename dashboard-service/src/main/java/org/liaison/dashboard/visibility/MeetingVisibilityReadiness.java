package org.liaison.dashboard.visibility;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once every meeting's current visibility has been read from {@code meetings.events}. */
@Readiness
@ApplicationScoped
public class MeetingVisibilityReadiness implements HealthCheck {

    private final MeetingVisibility visibility;

    public MeetingVisibilityReadiness(MeetingVisibility visibility) {
        this.visibility = visibility;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("dashboard-meeting-visibility").status(visibility.isReady()).build();
    }
}
