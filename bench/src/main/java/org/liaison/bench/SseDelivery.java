package org.liaison.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.HdrHistogram.Histogram;
import org.liaison.contracts.EventJson;
import org.liaison.contracts.EventTypes;
import org.liaison.infra.LiaisonTopology;
import org.liaison.infra.testing.Cluster;
import org.liaison.infra.testing.TestTokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Flow;

/**
 * Delivery latency of dashboard-service's {@code GET /stream} (Server-Sent Events): {@code n} subscribers, each with a
 * reader token of an office of its own (the dashboard limits streams per office, and that limit is not what is
 * measured here), filtered to {@code organization.registered}, while organisations are created at a constant rate
 * (Gatling, open model). Each event's latency is from its outbox row's {@code occurred_at} in orgs-service's database
 * (the commit) to the moment its {@code data:} line reached the subscriber: relay, Kafka, the dashboard's consumer and
 * fan-out, and the socket. Same machine, so one clock. A gap is an event committed during the load that a subscriber
 * had not received when the streams went quiet: nothing arrived on any of them for {@link #QUIET} (at most
 * {@link #MOST_SETTLE} after the load), so an event that is only late is not counted as missed.
 *
 * <p>The client is the JDK's {@link HttpClient} (HTTP/1.1, one connection per stream); this class only splits its
 * lines into events. A stream the dashboard refuses (429 per office, 503 per instance) is opened again after its
 * {@code Retry-After}, as an EventSource would, up to {@link #ATTEMPTS} times; what is still refused is counted.
 */
final class SseDelivery {

    static final Duration QUIET = Duration.ofSeconds(5);
    static final Duration MOST_SETTLE = Duration.ofMinutes(2);
    static final int ATTEMPTS = 4;

    /**
     * @param refused       streams never opened (still refused after {@link #ATTEMPTS} attempts)
     * @param refusals      refusals in all, with the statuses seen
     * @param expected      events committed during the load
     * @param gaps          expected events missed, summed over the open streams
     * @param withGaps      open streams that missed at least one
     * @param ended         open streams the dashboard ended before the bench closed them (a slow client is cut off)
     * @param seconds       from the start of the creates until the streams went quiet
     * @param dashboardCpu  CPU seconds dashboard-service used in that time, and the bench's own JVM (the
     *                      subscribers' client, and Gatling): which side of the streams was busy
     */
    record Figures(int subscribers, int open, int refused, Map<Integer, Integer> refusals, int expected,
                   long deliveries, long gaps, int withGaps, int ended, double p50Ms, double p99Ms, double maxMs,
                   double seconds, double dashboardCpu, double benchCpu) {
    }

    private SseDelivery() {
    }

    static Figures measure(Cluster cluster, Path gatling, List<String> editorTokens, int subscribers, double perSecond,
                           Duration duration) throws SQLException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        URI stream = URI.create(cluster.url(LiaisonTopology.DASHBOARD) + "/stream?type="
                + EventTypes.ORGANIZATION_REGISTERED);
        List<Stream> streams = new ArrayList<>();
        for (int i = 0; i < subscribers; i++) {
            streams.add(new Stream(client, stream, TestTokens.reader(UUID.randomUUID())));
        }
        Map<Integer, Integer> refusals = new HashMap<>();
        List<Stream> pending = streams;
        for (int attempt = 1; attempt <= ATTEMPTS && !pending.isEmpty(); attempt++) {
            if (attempt > 1) {
                Thread.sleep(5_500); // the dashboard's Retry-After for a full instance or office
            }
            pending.forEach(Stream::open);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline
                    && pending.stream().anyMatch(s -> s.status == 0 || s.status == 200 && !s.connected)) {
                Thread.sleep(50);
            }
            List<Stream> refused = new ArrayList<>();
            for (Stream s : pending) {
                if (!s.connected) {
                    refusals.merge(s.status, 1, Integer::sum);
                    refused.add(s);
                }
            }
            pending = refused;
        }
        List<Stream> open = streams.stream().filter(s -> s.connected).toList();

        CpuUse cpu = CpuUse.from(cluster);
        long started = System.nanoTime();
        Instant from = Instant.now();
        Gatling.run(CreateOrganizations.Plan.open("sse-" + subscribers, cluster.url(LiaisonTopology.ORGS), editorTokens,
                perSecond, duration), gatling);
        Instant to = Instant.now();
        Map<String, Instant> committed = Propagation.committed(cluster, from, to,
                Optional.of(EventTypes.ORGANIZATION_REGISTERED));
        long loadEnd = System.nanoTime();
        while (System.nanoTime() - loadEnd < MOST_SETTLE.toNanos()
                && open.stream().anyMatch(s -> !s.received.keySet().containsAll(committed.keySet()))
                && System.nanoTime() - Math.max(loadEnd, open.stream().mapToLong(s -> s.lastNanos).max().orElse(0))
                < QUIET.toNanos()) {
            Thread.sleep(100);
        }
        int ended = (int) open.stream().filter(s -> s.ended).count();
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Double> cpuSeconds = cpu.secondsSince();
        double dashboardCpu = cpuSeconds.get(cluster.instance(LiaisonTopology.DASHBOARD).name);
        double benchCpu = cpuSeconds.get(CpuUse.BENCH);
        streams.forEach(Stream::close);

        Histogram micros = new Histogram(3);
        long gaps = 0;
        int withGaps = 0;
        for (Stream s : open) {
            int missed = 0;
            for (Map.Entry<String, Instant> event : committed.entrySet()) {
                Instant received = s.received.get(event.getKey());
                if (received == null) {
                    missed++;
                } else {
                    micros.recordValue(Math.max(0, Duration.between(event.getValue(), received).toNanos() / 1000));
                }
            }
            gaps += missed;
            withGaps += missed > 0 ? 1 : 0;
        }
        boolean none = micros.getTotalCount() == 0;
        return new Figures(subscribers, open.size(), subscribers - open.size(), refusals, committed.size(),
                micros.getTotalCount(), gaps, withGaps, ended,
                none ? Double.NaN : micros.getValueAtPercentile(50) / 1000.0,
                none ? Double.NaN : micros.getValueAtPercentile(99) / 1000.0,
                none ? Double.NaN : micros.getMaxValue() / 1000.0, seconds, dashboardCpu, benchCpu);
    }

    /** One SSE connection: the time each event id's {@code data:} line arrived. */
    private static final class Stream implements Flow.Subscriber<String> {

        private final HttpClient client;
        private final URI uri;
        private final String token;
        final Map<String, Instant> received = new ConcurrentHashMap<>();
        volatile int status;
        volatile boolean connected;
        /** Ended by the dashboard (or the connection), not by {@link #close()}. */
        volatile boolean ended;
        volatile long lastNanos;
        private volatile boolean closing;
        private volatile Flow.Subscription subscription;

        Stream(HttpClient client, URI uri, String token) {
            this.client = client;
            this.uri = uri;
            this.token = token;
        }

        void open() {
            status = 0;
            HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                    .header("Accept", "text/event-stream").build();
            client.sendAsync(request, info -> {
                status = info.statusCode();
                return info.statusCode() == 200 ? HttpResponse.BodySubscribers.fromLineSubscriber(this)
                        : HttpResponse.BodySubscribers.discarding();
            });
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        /** {@code :connected} once the dashboard attached the stream; then {@code id:}, {@code data:}, blank lines. */
        @Override
        public void onNext(String line) {
            if (line.startsWith("data:")) {
                Instant at = Instant.now();
                lastNanos = System.nanoTime();
                String id = eventId(line.substring(5));
                if (id != null) {
                    received.putIfAbsent(id, at);
                }
            } else if (line.startsWith(":") && line.contains("connected")) {
                connected = true;
            }
        }

        @Override
        public void onError(Throwable throwable) {
            connected = false;
            ended = !closing;
        }

        @Override
        public void onComplete() {
            connected = false;
            ended = !closing;
        }

        void close() {
            closing = true;
            Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
        }

        /** The top-level {@code eventId} of an event's JSON, read without building the whole tree. */
        private static String eventId(String json) {
            try (JsonParser parser = EventJson.mapper().getFactory().createParser(json)) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    return null;
                }
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    parser.nextToken();
                    if (field.equals("eventId")) {
                        return parser.getValueAsString();
                    }
                    parser.skipChildren();
                }
                return null;
            } catch (IOException e) {
                return null;
            }
        }
    }
}
