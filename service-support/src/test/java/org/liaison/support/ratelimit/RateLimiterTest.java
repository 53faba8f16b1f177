package org.liaison.support.ratelimit;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000_000L);

    private RateLimiter limiter(double perSecond, int burst, int maxBuckets) {
        return new RateLimiter(perSecond, burst, maxBuckets, now::get);
    }

    private void advanceMillis(long millis) {
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    @Test
    void aFullBucketLetsTheBurstThroughThenRefuses() {
        RateLimiter limiter = limiter(10, 5, 100);
        for (int i = 0; i < 5; i++) {
            assertEquals(0, limiter.acquire("office:a"), "request " + i);
        }
        assertEquals(1, limiter.acquire("office:a"), "0.1 s to the next token rounds up to 1 s");
    }

    @Test
    void tokensComeBackAtTheRate() {
        RateLimiter limiter = limiter(10, 5, 100);
        for (int i = 0; i < 5; i++) {
            limiter.acquire("office:a");
        }
        advanceMillis(99);
        assertTrue(limiter.acquire("office:a") > 0);
        advanceMillis(1);
        assertEquals(0, limiter.acquire("office:a"));
        assertTrue(limiter.acquire("office:a") > 0);
        advanceMillis(500);
        for (int i = 0; i < 5; i++) {
            assertEquals(0, limiter.acquire("office:a"), "refilled token " + i);
        }
        assertTrue(limiter.acquire("office:a") > 0);
    }

    @Test
    void retryAfterIsTheWholeSecondsUntilTheNextToken() {
        RateLimiter limiter = limiter(0.1, 1, 100); // one request per 10 s
        assertEquals(0, limiter.acquire("k"));
        assertEquals(10, limiter.acquire("k"));
        advanceMillis(2_500);
        assertEquals(8, limiter.acquire("k"), "7.5 s left rounds up");
        advanceMillis(7_500);
        assertEquals(0, limiter.acquire("k"));
    }

    @Test
    void refusedRequestsDoNotUseTokens() {
        RateLimiter limiter = limiter(1, 1, 100);
        limiter.acquire("k");
        for (int i = 0; i < 10; i++) {
            assertEquals(1, limiter.acquire("k"));
        }
        advanceMillis(1_000);
        assertEquals(0, limiter.acquire("k"));
    }

    @Test
    void officesHaveTheirOwnBuckets() {
        RateLimiter limiter = limiter(1, 1, 100);
        assertEquals(0, limiter.acquire("office:a"));
        assertEquals(0, limiter.acquire("office:b"));
        assertTrue(limiter.acquire("office:a") > 0);
    }

    @Test
    void onlyFullBucketsAreEvicted() {
        RateLimiter limiter = limiter(10, 2, 100);
        limiter.acquire("idle");
        advanceMillis(100);
        limiter.acquire("busy");
        assertEquals(2, limiter.size());
        advanceMillis(50);
        assertEquals(1, limiter.evictIdle(), "idle refilled after 0.1 s, busy not yet");
        assertEquals(1, limiter.size());
        advanceMillis(50);
        assertEquals(1, limiter.evictIdle());
        assertEquals(0, limiter.size());
    }

    @Test
    void memoryIsBoundedNewKeysShareAnOverflowBucketWhenNoneIsIdle() {
        RateLimiter limiter = limiter(1, 1, 3);
        for (String key : new String[]{"a", "b", "c"}) {
            assertEquals(0, limiter.acquire(key));
        }
        assertEquals(0, limiter.acquire("d"), "overflow bucket's first token");
        assertTrue(limiter.acquire("e") > 0, "overflow bucket is shared");
        assertEquals(3, limiter.size());
        advanceMillis(1_000);
        assertEquals(0, limiter.acquire("f"), "full buckets were evicted to make room");
        assertEquals(1, limiter.size());
    }

    @Test
    void concurrentCallersGetExactlyTheBurst() throws Exception {
        RateLimiter limiter = limiter(1, 50, 100);
        AtomicInteger allowed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            for (int t = 0; t < 8; t++) {
                pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 100; i++) {
                        if (limiter.acquire("office:a") == 0) {
                            allowed.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
            start.countDown();
        } finally {
            pool.shutdown();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        }
        assertEquals(50, allowed.get());
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> limiter(0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> limiter(1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> limiter(1, 1, 0));
    }

    @Test
    void keysPreferTheOfficeThenTheSubjectThenTheAddress() {
        assertEquals("office:4f", RateLimitKeys.of("4f", "alice", "10.0.0.1"));
        assertEquals("subject:alice", RateLimitKeys.of(null, "alice", "10.0.0.1"));
        assertEquals("address:10.0.0.1", RateLimitKeys.of(null, null, "10.0.0.1"));
        assertEquals("address:10.0.0.1",
                RateLimitKeys.of((io.quarkus.security.identity.SecurityIdentity) null, "10.0.0.1"));
    }
}
