package org.liaison.dashboard.webhook;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/**
 * {@code liaison.webhooks.*}: attempts by outcome, their duration, subscriptions paused, slow answers, deliveries
 * given up and events dropped for paused subscriptions.
 */
@ApplicationScoped
public class WebhookMetrics {

    private final MeterRegistry registry;

    public WebhookMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** @param outcome {@code delivered} or {@code failed} */
    public void attempt(String outcome, Duration took) {
        registry.counter("liaison.webhooks.attempts", "outcome", outcome).increment();
        Timer.builder("liaison.webhooks.attempt.duration").description("One webhook attempt, from request to answer")
                .tag("outcome", outcome).register(registry).record(took);
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
