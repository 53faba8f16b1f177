package org.liaison.dashboard.health;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.liaison.support.outbox.OutboxBacklogReadiness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One row of the health panel: a service's state and the figures an operator looks at first.
 *
 * @param state                      ready, degraded (it answered, some readiness check is down), unreachable (no
 *                                   usable answer within the timeout)
 * @param problem                    what could not be read and why, else null
 * @param failingChecks              the names of the readiness checks that are down
 * @param outboxPendingRows          events written and not yet published (readiness check
 *                                   {@code outbox-backlog}, which every service has); null when unknown
 * @param outboxOldestPendingSeconds how long the oldest of them has waited; null when unknown
 * @param deadLetters                records dead-lettered since the service started, per consumer (channel),
 *                                   from {@code liaison_consumer_dead_letters_total}; null when its metrics could
 *                                   not be read
 * @param consumerLag                records its consumer group has still to read ({@code GET /lag}); null when it
 *                                   has no group there or Kafka did not answer
 */
public record ServiceHealth(String service, State state, String problem, List<String> failingChecks,
                            Long outboxPendingRows, Double outboxOldestPendingSeconds, Map<String, Long> deadLetters,
                            Long consumerLag) {

    /** How the service is, as far as the dashboard can tell. */
    public enum State {
        @JsonProperty("ready") READY,
        @JsonProperty("degraded") DEGRADED,
        @JsonProperty("unreachable") UNREACHABLE
    }

    static final String DEAD_LETTERS = "liaison_consumer_dead_letters_total";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The row for what the service answered, with its consumer group's lag. */
    static ServiceHealth of(String service, ServiceAnswers answers, Long consumerLag) {
        List<String> problems = new ArrayList<>();
        if (answers.problem() != null) {
            problems.add(answers.problem());
        }
        State state = State.UNREACHABLE;
        List<String> failing = new ArrayList<>();
        Long pending = null;
        Double oldest = null;
        if (answers.readiness() != null) {
            try {
                JsonNode health = JSON.readTree(answers.readiness());
                String status = health.path("status").asText();
                if (!"UP".equals(status) && !"DOWN".equals(status)) {
                    throw new IllegalArgumentException("no status UP or DOWN");
                }
                for (JsonNode check : health.path("checks")) {
                    if (!"UP".equals(check.path("status").asText())) {
                        failing.add(check.path("name").asText());
                    }
                    if (OutboxBacklogReadiness.NAME.equals(check.path("name").asText())) {
                        JsonNode data = check.path("data");
                        pending = data.path("pendingRows").isNumber() ? data.path("pendingRows").asLong() : null;
                        oldest = data.path("oldestPendingSeconds").isNumber()
                                ? data.path("oldestPendingSeconds").asDouble() : null;
                    }
                }
                state = "UP".equals(status) && answers.readinessStatus() == 200 ? State.READY : State.DEGRADED;
            } catch (JsonProcessingException | IllegalArgumentException e) {
                problems.add("/q/health/ready is not SmallRye Health's answer: " + e.getMessage());
            }
        }
        Map<String, Long> deadLetters = null;
        if (answers.metrics() != null) {
            try {
                deadLetters = new TreeMap<>();
                for (var sum : PrometheusText.sumBy(PrometheusText.parse(answers.metrics()), DEAD_LETTERS, "consumer")
                        .entrySet()) {
                    deadLetters.put(sum.getKey(), Math.round(sum.getValue()));
                }
            } catch (IllegalArgumentException e) {
                deadLetters = null;
                problems.add("/q/metrics: " + e.getMessage());
            }
        }
        return new ServiceHealth(service, state, problems.isEmpty() ? null : String.join("; ", problems),
                List.copyOf(failing), pending, oldest, deadLetters, consumerLag);
    }
}
