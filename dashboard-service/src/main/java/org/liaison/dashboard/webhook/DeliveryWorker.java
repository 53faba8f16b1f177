package org.liaison.dashboard.webhook;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sends due deliveries: claims a batch ({@link DeliveryStore#claim}), POSTs each signed CloudEvent in parallel with
 * a timeout per attempt and without following redirects, then records every outcome: a 2xx is delivered; any other
 * answer, a timeout or a refused connection is a failed attempt, retried after an exponential backoff with jitter.
 * Every instance may run it; the claims keep them from sending the same delivery twice at once.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);
    private static final int ERROR_MAX = 500;

    private final DeliveryStore store;
    private final WebhookSigner signer;
    private final TargetGuard guard;
    private final WebhookConfig config;
    private final WebhookMetrics metrics;
    private final HttpClient client;
    private volatile boolean running = true;
    private Thread thread;

    public DeliveryWorker(DeliveryStore store, WebhookSigner signer, TargetGuard guard, WebhookConfig config,
                          WebhookMetrics metrics) {
        this.store = store;
        this.signer = signer;
        this.guard = guard;
        this.config = config;
        this.metrics = metrics;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.attemptTimeout()).build();
    }

    /** Its own thread rather than the scheduler, whose one-second tick is coarser than the test profile's backoff. */
    void start(@Observes StartupEvent event) {
        if (!config.workerEnabled()) {
            return;
        }
        thread = new Thread(this::loop, "webhook-delivery");
        thread.setDaemon(true);
        thread.start();
    }

    /** Before the database goes away (a {@code @PreDestroy} would run after it); a round under way may finish. */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(config.attemptTimeout().toMillis() + 1000);
        }
    }

    private void loop() {
        long pause = config.pollInterval().toMillis();
        while (running) {
            try {
                if (round() < config.batchSize()) {
                    Thread.sleep(pause);
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

    /** @return how many deliveries this round attempted */
    int round() {
        Duration lease = config.attemptTimeout().multipliedBy(2).plusSeconds(5);
        List<DeliveryStore.Claim> claims = store.claim(config.batchSize(), lease);
        if (claims.isEmpty()) {
            return 0;
        }
        Map<java.util.UUID, WebhookSubscription> subscriptions = store.subscriptions(
                        claims.stream().map(DeliveryStore.Claim::subscriptionId).distinct().toList())
                .stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
        List<CompletableFuture<Outcome>> attempts = claims.stream()
                .map(claim -> attempt(claim, subscriptions.get(claim.subscriptionId()))).toList();
        for (CompletableFuture<Outcome> attempt : attempts) {
            record(attempt.join());
        }
        return claims.size();
    }

    private CompletableFuture<Outcome> attempt(DeliveryStore.Claim claim, WebhookSubscription subscription) {
        Instant at = Instant.now();
        long start = System.nanoTime();
        if (subscription == null) {
            return CompletableFuture.completedFuture(new Outcome(claim, at, 0, null, "the subscription was deleted"));
        }
        HttpRequest request;
        try {
            URI uri = URI.create(subscription.url);
            String refusal = guard.refusal(uri);
            if (refusal != null) {
                return CompletableFuture.completedFuture(new Outcome(claim, at, 0, null, "not sent: the URL " + refusal));
            }
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(config.attemptTimeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Liaison-Webhooks/1")
                    .POST(HttpRequest.BodyPublishers.ofString(claim.payload(), StandardCharsets.UTF_8));
            signer.headers(subscription, claim.deliveryId().toString(), at, claim.payload()).forEach(builder::header);
            request = builder.build();
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(new Outcome(claim, at, 0, null, "not sent: " + e.getMessage()));
        }
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) -> {
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    if (failure != null) {
                        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                        return new Outcome(claim, at, millis, null, cause.getClass().getSimpleName()
                                + (cause.getMessage() != null ? ": " + cause.getMessage() : ""));
                    }
                    int status = response.statusCode();
                    return new Outcome(claim, at, millis, status, status / 100 == 2 ? null : "HTTP " + status);
                });
    }

    private void record(Outcome outcome) {
        Duration took = Duration.ofMillis(outcome.durationMs());
        if (outcome.delivered()) {
            store.delivered(outcome.claim(), outcome.statusCode(), outcome.at(), outcome.durationMs());
            metrics.attempt("delivered", took);
            return;
        }
        metrics.attempt("failed", took);
        Duration retryIn = Backoff.after(outcome.claim().attempt(), config.backoffBase(), config.backoffMax());
        String error = outcome.error().length() > ERROR_MAX ? outcome.error().substring(0, ERROR_MAX) : outcome.error();
        if (store.failed(outcome.claim(), outcome.statusCode(), error, outcome.at(), outcome.durationMs(), retryIn,
                config.pauseAfterFailures())) {
            metrics.paused();
            LOG.infof("Webhook %s paused after %d failed attempts in a row (last: %s)",
                    outcome.claim().subscriptionId(), config.pauseAfterFailures(), error);
        }
    }

    private record Outcome(DeliveryStore.Claim claim, Instant at, long durationMs, Integer statusCode, String error) {
        boolean delivered() {
            return statusCode != null && statusCode / 100 == 2;
        }
    }
}
