package org.liaison.support.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * Token buckets by caller key, in this instance's memory. The map is a {@link ConcurrentHashMap} and each
 * bucket is lock-free, so callers with different keys never wait for each other. Memory is bounded: full
 * buckets are dropped by {@link #evictIdle()} (regularly, and whenever the map reaches its size limit);
 * if the map is still full, new keys share one overflow bucket.
 */
public final class RateLimiter {

    private final long intervalNanos;
    private final long capacityNanos;
    private final int maxBuckets;
    private final LongSupplier clock;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final TokenBucket overflow;
    private final AtomicBoolean evicting = new AtomicBoolean();

    /**
     * @param requestsPerSecond the refill rate, > 0
     * @param burst             the capacity, ≥ 1
     * @param clock             nanosecond ticks ({@code System::nanoTime}; a fake one in tests)
     */
    public RateLimiter(double requestsPerSecond, int burst, int maxBuckets, LongSupplier clock) {
        if (!(requestsPerSecond > 0) || burst < 1 || maxBuckets < 1) {
            throw new IllegalArgumentException(
                    "rate limit needs requests-per-second > 0, burst ≥ 1 and max-buckets ≥ 1");
        }
        this.intervalNanos = Math.max(1, Math.round(TimeUnit.SECONDS.toNanos(1) / requestsPerSecond));
        this.capacityNanos = Math.multiplyExact(intervalNanos, (long) burst);
        this.maxBuckets = maxBuckets;
        this.clock = clock;
        this.overflow = new TokenBucket(intervalNanos, capacityNanos);
    }

    /** @return 0 when the request may go ahead, else the whole seconds to wait (≥ 1), for {@code Retry-After} */
    public long acquire(String key) {
        long now = clock.getAsLong();
        long waitNanos = bucketFor(key).tryTake(now);
        return waitNanos == 0 ? 0 : Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
    }

    /** Drops every full bucket; a caller coming back starts with a full new one, which is the same. */
    public int evictIdle() {
        long now = clock.getAsLong();
        int before = buckets.size();
        buckets.entrySet().removeIf(entry -> entry.getValue().isFull(now));
        return before - buckets.size();
    }

    int size() {
        return buckets.size();
    }

    private TokenBucket bucketFor(String key) {
        TokenBucket bucket = buckets.get(key);
        if (bucket != null) {
            return bucket;
        }
        if (buckets.size() >= maxBuckets && evicting.compareAndSet(false, true)) {
            try {
                evictIdle();
            } finally {
                evicting.set(false);
            }
        }
        if (buckets.size() >= maxBuckets) {
            return overflow;
        }
        return buckets.computeIfAbsent(key, k -> new TokenBucket(intervalNanos, capacityNanos));
    }
}
