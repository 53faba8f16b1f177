package org.liaison.dashboard.health;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Asks another service over HTTP for its readiness ({@code /q/health/ready}, open) and its metrics
 * ({@code /q/metrics}, which wants an admin's or a scraper's token: the caller's own is passed on), both at once,
 * each within the timeout. Never fails: whatever goes wrong is said in {@link ServiceAnswers#problem()}.
 */
final class RemoteService {

    private final HttpClient client;
    private final Duration timeout;

    RemoteService(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * @param authorization the caller's {@code Authorization} header, passed on to {@code /q/metrics}; null: none
     */
    CompletableFuture<ServiceAnswers> ask(String baseUrl, String authorization) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        CompletableFuture<HttpResponse<String>> readiness;
        CompletableFuture<HttpResponse<String>> metrics;
        try {
            readiness = send(request(base + "/q/health/ready", null));
            metrics = send(request(base + "/q/metrics", authorization));
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(
                    new ServiceAnswers(null, null, null, "not a usable URL: " + baseUrl));
        }
        return readiness.handle((ready, readyFailure) -> metrics.handle((metricsAnswer, metricsFailure) -> {
            List<String> problems = new ArrayList<>();
            Integer status = null;
            String body = null;
            if (readyFailure != null) {
                problems.add(why(readyFailure));
            } else if (ready.statusCode() == 200 || ready.statusCode() == 503) {
                status = ready.statusCode();
                body = ready.body();
            } else {
                problems.add("/q/health/ready answered " + ready.statusCode());
            }
            String text = null;
            if (metricsFailure != null) {
                if (readyFailure == null) {
                    problems.add("/q/metrics: " + why(metricsFailure));
                }
            } else if (metricsAnswer.statusCode() == 200) {
                text = metricsAnswer.body();
            } else {
                problems.add("/q/metrics answered " + metricsAnswer.statusCode());
            }
            return new ServiceAnswers(status, body, text, problems.isEmpty() ? null : String.join("; ", problems));
        })).thenCompose(inner -> inner);
    }

    private HttpRequest request(String url, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.build();
    }

    private CompletableFuture<HttpResponse<String>> send(HttpRequest request) {
        // The request's own timeout ends with the status line; a body that trickles is cut off here.
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .orTimeout(2 * timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private String why(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof HttpTimeoutException || cause instanceof TimeoutException) {
            return "no answer within " + timeout.toMillis() + " ms";
        }
        if (cause instanceof ConnectException) {
            return "connection refused";
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
}
