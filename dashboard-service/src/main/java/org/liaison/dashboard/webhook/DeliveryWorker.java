package org.liaison.dashboard.webhook;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import javax.net.ssl.SSLSocketFactory;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sends due deliveries. One loop thread claims them ({@link DeliveryStore#claim}: round-robin over the
 * subscriptions, each with at most {@code per-subscription-concurrency} attempts in flight across all instances)
 * and records every outcome; the attempts themselves run on a pool of {@code max-in-flight} threads, each a signed
 * CloudEvent POSTed by {@link WebhookSender} to an address {@link TargetGuard} checked, under one deadline for the
 * whole exchange and without following redirects. The loop never waits for a particular attempt, so a receiver
 * that hangs, answers slowly or dribbles its answer holds one slot of its own subscription and nothing else.
 * <p>
 * A 2xx is delivered (one slower than {@code slow-answer-threshold} also paces its subscription, like a soft
 * failure); any other answer, a timeout or a refused connection is a failed attempt, retried after an exponential
 * backoff with jitter, until the subscription is paused or the delivery is older than {@code give-up-after} (dead).
 * The delivery log gets generic reasons only ({@link WebhookSender.Failure}); the details go to this log at DEBUG.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);
    private static final int ERROR_MAX = 500;
    static final String NOT_ALLOWED = "not sent: the target is not allowed";
    static final String UNRESOLVED = "not sent: the host name does not resolve";
    static final String SECRET_UNREADABLE = "not sent: the signing secret cannot be read";
    static final String DELETED = "the subscription was deleted";

    private final DeliveryStore store;
    private final WebhookSigner signer;
    private final TargetGuard guard;
    private final WebhookConfig config;
    private final WebhookMetrics metrics;
    private final BlockingQueue<Outcome> finished = new LinkedBlockingQueue<>();
    private volatile boolean running = true;
    private Thread thread;
    private ExecutorService attempts;
    private ScheduledExecutorService deadlines;
    private WebhookSender sender;
    /** Attempts submitted and not yet recorded; the loop thread's alone. */
    private int inFlight;

    public DeliveryWorker(DeliveryStore store, WebhookSigner signer, TargetGuard guard, WebhookConfig config,
                          WebhookMetrics metrics) {
        this.store = store;
        this.signer = signer;
        this.guard = guard;
        this.config = config;
        this.metrics = metrics;
    }

    /** Its own thread rather than the scheduler, whose one-second tick is coarser than the test profile's backoff. */
    void start(@Observes StartupEvent event) {
        if (!config.workerEnabled()) {
            return;
        }
        deadlines = Executors.newSingleThreadScheduledExecutor(daemon("webhook-deadline"));
        attempts = Executors.newFixedThreadPool(config.maxInFlight(), daemon("webhook-attempt"));
        sender = new WebhookSender((SSLSocketFactory) SSLSocketFactory.getDefault(), deadlines);
        thread = new Thread(this::loop, "webhook-delivery");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Before the database goes away (a {@code @PreDestroy} would run after it): attempts under way get until their
     * deadline and are recorded; one that is not is retried, by any instance, once its lease runs out.
     */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (thread == null) {
            return;
        }
        thread.interrupt();
        thread.join(config.attemptTimeout().toMillis() + 1000);
        attempts.shutdown();
        attempts.awaitTermination(config.attemptTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
        for (Outcome outcome = finished.poll(); outcome != null; outcome = finished.poll()) {
            record(outcome);
        }
        attempts.shutdownNow();
        deadlines.shutdownNow();
    }

    private void loop() {
        long pause = config.pollInterval().toMillis();
        while (running) {
            try {
                for (Outcome outcome = finished.poll(); outcome != null; outcome = finished.poll()) {
                    record(outcome);
                }
                int asked = Math.min(config.batchSize(), config.maxInFlight() - inFlight);
                int claimed = asked > 0 ? round(asked) : 0;
                if (claimed < asked || asked <= 0) {
                    // Nothing more is due (or every slot is taken): wait for an attempt to end, or the poll interval.
                    Outcome outcome = finished.poll(pause, TimeUnit.MILLISECONDS);
                    if (outcome != null) {
                        record(outcome);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Webhook delivery round failed, retrying after the poll interval: %s", e.toString());
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Claims up to {@code limit} due deliveries and starts their attempts; @return how many it started */
    private int round(int limit) {
        Duration lease = config.attemptTimeout().multipliedBy(2).plusSeconds(5);
        List<DeliveryStore.Claim> claims = store.claim(limit, lease, config.perSubscriptionConcurrency());
        if (claims.isEmpty()) {
            return 0;
        }
        Map<UUID, WebhookSubscription> subscriptions = store.subscriptions(
                        claims.stream().map(DeliveryStore.Claim::subscriptionId).distinct().toList())
                .stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
        for (DeliveryStore.Claim claim : claims) {
            WebhookSubscription subscription = subscriptions.get(claim.subscriptionId());
            try {
                attempts.execute(() -> finished.add(attempt(claim, subscription)));
                inFlight++;
            } catch (RejectedExecutionException e) {
                return claims.size(); // shutting down: the lease brings the claim back
            }
        }
        return claims.size();
    }

    /** One attempt, on an attempt thread; never throws. */
    private Outcome attempt(DeliveryStore.Claim claim, WebhookSubscription subscription) {
        Instant at = Instant.now();
        long start = System.nanoTime();
        if (subscription == null) {
            return new Outcome(claim, at, 0, null, DELETED);
        }
        try {
            TargetGuard.Target target;
            try {
                target = guard.vet(URI.create(subscription.url));
            } catch (TargetGuard.Refused e) {
                LOG.debugf("Webhook %s not sent: %s", subscription.id, e.getMessage());
                return new Outcome(claim, at, millisSince(start), null, NOT_ALLOWED);
            } catch (UnknownHostException e) {
                return new Outcome(claim, at, millisSince(start), null, UNRESOLVED);
            }
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", "application/json");
            headers.put("User-Agent", "Liaison-Webhooks/1");
            try {
                headers.putAll(signer.headers(subscription, claim.deliveryId().toString(), at, claim.payload()));
            } catch (IllegalStateException e) {
                LOG.warnf("Webhook %s not sent: %s", subscription.id, e.getMessage());
                return new Outcome(claim, at, millisSince(start), null, SECRET_UNREADABLE);
            }
            try {
                int status = sender.post(target, headers, claim.payload().getBytes(StandardCharsets.UTF_8),
                        at.plus(config.attemptTimeout()));
                return new Outcome(claim, at, millisSince(start), status, status / 100 == 2 ? null : "HTTP " + status);
            } catch (WebhookSender.Failure failure) {
                LOG.debugf("Webhook %s attempt %d: %s (%s)", subscription.id, claim.attempt(), failure.reason,
                        failure.getCause());
                return new Outcome(claim, at, millisSince(start), null, failure.reason);
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Webhook %s attempt %d failed unexpectedly", subscription.id, claim.attempt());
            return new Outcome(claim, at, millisSince(start), null, "not sent");
        }
    }

    private void record(Outcome outcome) {
        inFlight--;
        try {
            Duration took = Duration.ofMillis(outcome.durationMs());
            if (outcome.delivered()) {
                boolean slow = took.compareTo(config.slowAnswerThreshold()) >= 0;
                store.delivered(outcome.claim(), outcome.statusCode(), outcome.at(), outcome.durationMs(),
                        slow ? n -> Backoff.after(n, config.backoffBase(), config.backoffMax()) : null);
                metrics.attempt("delivered", took);
                if (slow) {
                    metrics.slow();
                }
                return;
            }
            metrics.attempt("failed", took);
            Duration retryIn = Backoff.after(outcome.claim().attempt(), config.backoffBase(), config.backoffMax());
            String error = outcome.error().length() > ERROR_MAX ? outcome.error().substring(0, ERROR_MAX)
                    : outcome.error();
            DeliveryStore.Failed failed = store.failed(outcome.claim(), outcome.statusCode(), error, outcome.at(),
                    outcome.durationMs(), retryIn, config.pauseAfterFailures(), config.giveUpAfter());
            if (failed.dead()) {
                metrics.dead();
            }
            if (failed.paused()) {
                metrics.paused();
                LOG.infof("Webhook %s paused after %d failed attempts in a row (last: %s)",
                        outcome.claim().subscriptionId(), config.pauseAfterFailures(), error);
            }
        } catch (RuntimeException e) {
            // The lease brings the delivery back; it is tried again.
            LOG.warnf("Could not record webhook attempt %d of delivery %s: %s", outcome.claim().attempt(),
                    outcome.claim().deliveryId(), e.toString());
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return runnable -> {
            Thread t = new Thread(runnable, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private record Outcome(DeliveryStore.Claim claim, Instant at, long durationMs, Integer statusCode, String error) {
        boolean delivered() {
            return statusCode != null && statusCode / 100 == 2;
        }
    }
}
