package org.liaison.dashboard.health;

/**
 * What one service answered to the panel's two questions, as it came, or why it did not.
 *
 * @param readinessStatus {@code /q/health/ready}'s status (200 ready, 503 not), null when there was no answer
 * @param readiness       its body (SmallRye Health's JSON), null when there was no answer
 * @param metrics         {@code /q/metrics}'s Prometheus text, null when it could not be read
 * @param problem         why readiness or metrics could not be read, null when both were
 */
public record ServiceAnswers(Integer readinessStatus, String readiness, String metrics, String problem) {
}
