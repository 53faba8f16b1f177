package org.liaison.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Stream tickets ({@code POST /stream/tickets}) as the dashboard page asks for them, timed on the client. Its own
 * {@link HttpClient}: the subscribers' one carries hundreds of open streams on its one selector thread, and a request
 * queued behind their traffic would be timed as the server's slowness (F10 once saw that as 77 ticket time-outs).
 */
final class TicketDesk {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Long> millis = new ArrayList<>();
    private int timeouts;
    private int failures;

    /** A fresh ticket for the token's holder on that instance; an IOException when there is none (no 201). */
    String ticket(String baseUrl, String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/stream/tickets")).timeout(Api.TIMEOUT)
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build();
        long started = System.nanoTime();
        HttpResponse<String> answer;
        try {
            answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            count(true);
            throw e;
        } catch (IOException e) {
            count(false);
            throw e;
        }
        synchronized (this) {
            millis.add((System.nanoTime() - started) / 1_000_000);
        }
        if (answer.statusCode() != 201) {
            count(false);
            throw new IOException("POST /stream/tickets answered " + answer.statusCode() + ": " + answer.body());
        }
        return Api.JSON.readTree(answer.body()).path("ticket").asText();
    }

    private synchronized void count(boolean timedOut) {
        if (timedOut) {
            timeouts++;
        } else {
            failures++;
        }
    }

    /** How long the answers took on the client, and how many did not come. */
    synchronized String summary() {
        List<Long> sorted = millis.stream().sorted().toList();
        if (sorted.isEmpty()) {
            return String.format(Locale.ROOT, "no ticket answered; %d timed out, %d failed", timeouts, failures);
        }
        return String.format(Locale.ROOT, "%d tickets answered in median %d ms, 95th %d ms, max %d ms (client side);"
                        + " %d timed out, %d failed", sorted.size(), sorted.get(sorted.size() / 2),
                sorted.get(Math.min(sorted.size() - 1, sorted.size() * 95 / 100)), sorted.get(sorted.size() - 1),
                timeouts, failures);
    }

    synchronized int timeouts() {
        return timeouts;
    }
}
