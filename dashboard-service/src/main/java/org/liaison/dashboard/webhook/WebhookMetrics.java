package org.liaison.dashboard.webhook;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/**
 * {@code liaison.webhooks.*}: attempts by outcome, their duration, subscriptions paused, slow answers, deliveries
 * given up and events dropped for paused subscriptions.
 */
@ApplicationScoped
@Startup // its meters exist (at 0) from the start, not from the first delivery
public class WebhookMetrics {

    private final MeterRegistry registry;

    public WebhookMetrics(MeterRegistry registry) {
        this.registry = registry;
        // At 0, so that dashboards and alerts see "none yet" rather than no series.
        for (String outcome : new String[]{"delivered", "failed"}) {
            registry.counter("liaison.webhooks.attempts", "outcome", outcome);
            duration(outcome);
        }
        for (String counter : new String[]{"paused", "slow", "dead", "dropped"}) {
            registry.counter("liaison.webhooks." + counter);
        }
    }

    /** @param outcome {@code delivered} or {@code failed} */
    public void attempt(String outcome, Duration took) {
        registry.counter("liaison.webhooks.attempts", "outcome", outcome).increment();
        duration(outcome).record(took);
    }

    private Timer duration(String outcome) {
        return Timer.builder("liaison.webhooks.attempt.duration")
                .description("One webhook attempt, from request to answer").tag("outcome", outcome)
                .register(registry);
    }

    public void paused() {
        registry.counter("liaison.webhooks.paused").increment();
    }

    /** A 2xx slower than the slow-answer threshold (also counted as delivered). */
    public void slow() {
        registry.counter("liaison.webhooks.slow").increment();
    }

    /** A delivery given up. */
    public void dead() {
        registry.counter("liaison.webhooks.dead").increment();
    }

    /** An event not queued for a paused subscription that held the most it may. */
    public void dropped() {
        registry.counter("liaison.webhooks.dropped").increment();
    }
}
