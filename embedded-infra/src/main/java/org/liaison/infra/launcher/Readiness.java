package org.liaison.infra.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Whether a service is ready: its {@code /q/health/ready} answers 200 (database, broker and consumers up). */
public final class Readiness {

    /** Nothing answered: no connection, or no answer within the timeout. */
    public static final int NO_ANSWER = 0;

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Readiness() {
    }

    /** The HTTP status of {@code baseUrl/q/health/ready}, or {@link #NO_ANSWER}. */
    public static int status(String baseUrl, Duration timeout) {
        try {
            HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready")).timeout(timeout)
                    .build();
            return HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return NO_ANSWER;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return NO_ANSWER;
        }
    }

    public static boolean isReady(String baseUrl, Duration timeout) {
        return status(baseUrl, timeout) == 200;
    }

    /** What a status means to a person: "HTTP 503", or "nothing answers". */
    public static String describe(int status) {
        return status == NO_ANSWER ? "nothing answers" : "HTTP " + status;
    }
}
