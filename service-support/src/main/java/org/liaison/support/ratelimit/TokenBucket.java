package org.liaison.support.ratelimit;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A token bucket kept as one number, lock-free: the time at which the bucket would be full again
 * (the "theoretical arrival time" of GCRA, which is the same algorithm). Each request pushes that time one
 * emission interval (1/rate) further; a request is refused when it would push it more than
 * {@code burst} intervals past now. Times are {@link System#nanoTime()} values.
 */
final class TokenBucket {

    private final long intervalNanos;
    private final long capacityNanos;
    private final AtomicLong fullAt = new AtomicLong(Long.MIN_VALUE);

    TokenBucket(long intervalNanos, long capacityNanos) {
        this.intervalNanos = intervalNanos;
        this.capacityNanos = capacityNanos;
    }

    /** @return 0 when a token was taken, else how many nanoseconds until one will be there */
    long tryTake(long now) {
        while (true) {
            long current = fullAt.get();
            long next = Math.max(current, now) + intervalNanos;
            long excess = next - now - capacityNanos;
            if (excess > 0) {
                return excess;
            }
            if (fullAt.compareAndSet(current, next)) {
                return 0;
            }
        }
    }

    /** A full bucket behaves exactly like a new one, so it can be dropped without anyone noticing. */
    boolean isFull(long now) {
        return fullAt.get() <= now;
    }
}
