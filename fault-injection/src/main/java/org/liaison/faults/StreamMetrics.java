package org.liaison.faults;

import org.liaison.infra.testing.TestTokens;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dashboard instance's stream figures from its {@code /q/metrics}: streams open now, and streams it ended by
 * reason; as a watch, when it first cut off a slow client (reason slow or stalled) after it was started.
 */
final class StreamMetrics extends Watch {

    private static final Pattern ENDED = Pattern.compile(
            "^liaison_dashboard_clients_ended_total\\{[^}]*reason=\"([a-z_]+)\"[^}]*}\\s+(\\S+)$", Pattern.MULTILINE);
    private static final Pattern CONNECTED = Pattern.compile(
            "^liaison_dashboard_clients_connected(?:\\{[^}]*})?\\s+(\\S+)$", Pattern.MULTILINE);
    private static final Pattern TICKET_REQUESTS = Pattern.compile(
            "^http_server_requests_seconds_(count|sum|max)\\{[^}]*uri=\"/stream/tickets\"[^}]*}\\s+(\\S+)$",
            Pattern.MULTILINE);
    static final Set<String> CUT_OFF = Set.of("slow", "stalled");

    private final String baseUrl;
    private final double before;
    private final long started = System.nanoTime();
    private volatile Long cutOffAfterMillis;

    /** Watches one instance for its next cut-off of a slow client. */
    StreamMetrics(String baseUrl) {
        super("stream-cut-off-watch", Duration.ofMillis(250));
        this.baseUrl = baseUrl;
        this.before = ended(baseUrl, CUT_OFF);
        start();
    }

    @Override
    void sample() {
        if (cutOffAfterMillis == null && ended(baseUrl, CUT_OFF) > before) {
            cutOffAfterMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        }
    }

    /** Milliseconds from the start of the watch to the first cut-off it saw; null while none. */
    Long cutOffAfterMillis() {
        return cutOffAfterMillis;
    }

    /** The streams the instance ended for any of these reasons since it started (0 when it never did). */
    static double ended(String baseUrl, Set<String> reasons) {
        Matcher matcher = ENDED.matcher(metrics(baseUrl));
        double total = 0;
        while (matcher.find()) {
            if (reasons.contains(matcher.group(1))) {
                total += Double.parseDouble(matcher.group(2));
            }
        }
        return total;
    }

    /** The streams open on the instance now; -1 when it does not say. */
    static int connected(String baseUrl) {
        Matcher matcher = CONNECTED.matcher(metrics(baseUrl));
        return matcher.find() ? (int) Double.parseDouble(matcher.group(1)) : -1;
    }

    /** The server's own timing of requests: how many, their total and the longest (recent) one. */
    record Timing(long count, double seconds, double maxSeconds) {
        static final Timing UNKNOWN = new Timing(-1, 0, 0);

        Timing since(Timing before) {
            return count < 0 || before.count < 0 ? UNKNOWN
                    : new Timing(count - before.count, seconds - before.seconds, maxSeconds);
        }

        @Override
        public String toString() {
            return count < 0 ? "metrics not read"
                    : String.format(Locale.ROOT, "%d answered in mean %.0f ms, max %.0f ms", count,
                    count == 0 ? 0 : seconds * 1000 / count, maxSeconds * 1000);
        }
    }

    /** How the instance timed its {@code POST /stream/tickets} answers (Quarkus' HTTP server metrics), all statuses. */
    static Timing tickets(String baseUrl) {
        String metrics = metrics(baseUrl);
        if (metrics.isEmpty()) {
            return Timing.UNKNOWN;
        }
        Matcher matcher = TICKET_REQUESTS.matcher(metrics);
        long count = 0;
        double seconds = 0;
        double max = 0;
        while (matcher.find()) {
            double value = Double.parseDouble(matcher.group(2));
            switch (matcher.group(1)) {
                case "count" -> count += (long) value;
                case "sum" -> seconds += value;
                default -> max = Math.max(max, value);
            }
        }
        return new Timing(count, seconds, max);
    }

    private static String metrics(String baseUrl) {
        return Api.text(baseUrl + "/q/metrics", TestTokens.admin());
    }
}
