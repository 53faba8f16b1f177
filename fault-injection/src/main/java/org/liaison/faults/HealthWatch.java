package org.liaison.faults;

import com.fasterxml.jackson.databind.JsonNode;
import org.liaison.infra.testing.ServiceProcess;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads every instance's {@code /q/health/ready} twice a second while a dependency is down, and tells for the
 * report what each said: when it first answered other than 200, which checks were DOWN, and when it was ready
 * again. A record, not a verdict: readiness going DOWN while the broker or the database is away is what it is for.
 */
final class HealthWatch extends Watch {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private static final class Seen {
        Long firstNotReadyMillis;
        Long readyAgainMillis;
        final TreeSet<String> downChecks = new TreeSet<>();
        final TreeSet<String> answers = new TreeSet<>();
        int samples;
    }

    private final List<ServiceProcess> instances;
    private final long started = System.nanoTime();
    private final Map<String, Seen> seen = new LinkedHashMap<>();

    HealthWatch(List<ServiceProcess> instances) {
        super("health-watch", Duration.ofMillis(500));
        this.instances = List.copyOf(instances);
        instances.forEach(i -> seen.put(i.name, new Seen()));
        start();
    }

    @Override
    void sample() throws InterruptedException {
        for (ServiceProcess instance : instances) {
            record(instance.name, instance.baseUrl);
        }
    }

    private void record(String name, String baseUrl) throws InterruptedException {
        long at = (System.nanoTime() - started) / 1_000_000;
        int status;
        JsonNode body = null;
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            body = Api.JSON.readTree(response.body());
        } catch (IOException e) {
            status = -1;
        }
        synchronized (seen) {
            Seen s = seen.get(name);
            s.samples++;
            s.answers.add(status < 0 ? "no answer" : Integer.toString(status));
            if (status != 200) {
                if (s.firstNotReadyMillis == null) {
                    s.firstNotReadyMillis = at;
                }
                s.readyAgainMillis = null;
                if (body != null) {
                    for (JsonNode check : body.path("checks")) {
                        if (!"UP".equals(check.path("status").asText())) {
                            s.downChecks.add(check.path("name").asText());
                        }
                    }
                }
            } else if (s.firstNotReadyMillis != null && s.readyAgainMillis == null) {
                s.readyAgainMillis = at;
            }
        }
    }

    /** One line per instance, times from when the watch started. */
    @Override
    List<String> summary() {
        List<String> lines = new ArrayList<>();
        synchronized (seen) {
            seen.forEach((name, s) -> {
                if (s.firstNotReadyMillis == null) {
                    lines.add(name + " stayed ready (" + s.samples + " reads of /q/health/ready, all 200)");
                } else {
                    lines.add(String.format(Locale.ROOT, "%s: /q/health/ready answered %s; not ready from %.1f s%s%s",
                            name, String.join("/", s.answers), s.firstNotReadyMillis / 1000.0,
                            s.readyAgainMillis == null ? ", still not ready when the watch stopped"
                                    : String.format(Locale.ROOT, " to %.1f s", s.readyAgainMillis / 1000.0),
                            s.downChecks.isEmpty() ? "" : " (DOWN: " + String.join(", ", s.downChecks) + ")"));
                }
            });
        }
        return lines;
    }
}
