package org.liaison.dashboard.webhook;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential backoff with jitter: base × 2^(n−1) after the n-th failed attempt, at most max, each ±20 %. */
final class Backoff {

    private Backoff() {
    }

    static Duration after(int failedAttempts, Duration base, Duration max) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
        long millis = base.toMillis();
        long capped = Math.min(max.toMillis(),
                millis > (Long.MAX_VALUE >> doublings) ? Long.MAX_VALUE : millis << doublings);
        double jitter = 0.8 + 0.4 * ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis(Math.max(1, Math.round(capped * jitter)));
    }
}
