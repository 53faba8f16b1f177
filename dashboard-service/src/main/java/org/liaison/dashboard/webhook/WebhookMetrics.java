package org.liaison.dashboard.webhook;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/** {@code liaison.webhooks.*}: attempts by outcome, their duration, and subscriptions paused. */
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
}
