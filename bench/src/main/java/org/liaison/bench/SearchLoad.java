package org.liaison.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.liaison.contracts.EventJson;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Loads the search records through the services' API, not their databases: organisations through orgs-service's
 * {@code POST /import/popolo} (admin, in requests of {@code chunk} records), meetings through meetings-service's
 * {@code POST /import/meetings} (the same) or one {@code POST /meetings} each. Not a latency measurement: the JDK's
 * HTTP client, a few requests in flight, and what counts is how many records landed and how fast.
 */
final class SearchLoad {

    /** What one load did: records written (or already there), rejected, and the wall time it took. */
    record Figures(String what, long records, long written, long rejected, double seconds,
            Map<String, Double> cpuMsPerRecord) {
        double perSecond() {
            return written / seconds;
        }

        Figures withCpu(Map<String, Double> cpuMsPerRecord) {
            return new Figures(what, records, written, rejected, seconds, cpuMsPerRecord);
        }
    }

    /** HTTP/1.1: the JDK client's HTTP/2 upgrade of a plain-text request can leave an answer waiting for ever. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final int inFlight;

    SearchLoad(int inFlight) {
        this.inFlight = inFlight;
    }

    /** {@code POST /import/popolo}, {@code chunk} organisations a request; each answer's report tallied. */
    Figures importOrganizations(String orgs, String adminToken, List<ObjectNode> organizations, int chunk)
            throws Exception {
        return chunked("organisations through POST /import/popolo", organizations, chunk, part -> {
            ObjectNode document = EventJson.mapper().createObjectNode();
            document.putArray("organizations").addAll(part);
            return post(orgs + "/import/popolo", adminToken, document.toString());
        }, report -> new long[]{report.path("created").path("organizations").asLong()
                + report.path("matched").path("organizations").asLong(), report.path("rejected").size()});
    }

    /** {@code POST /import/meetings}, {@code chunk} meetings a request. */
    Figures importMeetings(String meetings, String adminToken, List<ObjectNode> bodies, int chunk) throws Exception {
        return chunked("meetings through POST /import/meetings", bodies, chunk, part -> {
            ArrayNode array = EventJson.mapper().createArrayNode().addAll(part);
            return post(meetings + "/import/meetings", adminToken, array.toString());
        }, report -> new long[]{report.path("created").asLong() + report.path("matched").asLong(),
                report.path("rejected").size()});
    }

    /** One {@code POST /meetings} each, from many offices' editor tokens in turn. */
    Figures createMeetings(String meetings, List<String> editorTokens, List<ObjectNode> bodies) throws Exception {
        AtomicLong turn = new AtomicLong();
        return chunked("meetings through POST /meetings", bodies, 1, part -> {
            String token = editorTokens.get((int) (turn.getAndIncrement() % editorTokens.size()));
            return post(meetings + "/meetings", token, part.get(0).toString());
        }, answer -> new long[]{1, 0});
    }

    private Figures chunked(String what, List<ObjectNode> records, int chunk, Request request,
                            Function<JsonNode, long[]> tally) throws Exception {
        long started = System.nanoTime();
        AtomicLong written = new AtomicLong();
        AtomicLong rejected = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(inFlight);
        try {
            List<Future<?>> requests = new ArrayList<>();
            for (int from = 0; from < records.size(); from += chunk) {
                List<ObjectNode> part = records.subList(from, Math.min(records.size(), from + chunk));
                requests.add(pool.submit(() -> {
                    HttpResponse<String> answer = request.send(part);
                    if (answer.statusCode() / 100 != 2) {
                        rejected.addAndGet(part.size());
                        BenchMain.log("%s: %d %s", what, answer.statusCode(), abbreviated(answer.body()));
                        return null;
                    }
                    long[] counts = tally.apply(EventJson.mapper().readTree(answer.body()));
                    written.addAndGet(counts[0]);
                    rejected.addAndGet(counts[1]);
                    if (counts[1] > 0) {
                        BenchMain.log("%s: %d rejected: %s", what, counts[1], abbreviated(answer.body()));
                    }
                    return null;
                }));
            }
            for (Future<?> f : requests) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Figures(what, records.size(), written.get(), rejected.get(), (System.nanoTime() - started) / 1e9,
                Map.of());
    }

    private HttpResponse<String> post(String url, String token, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", "Bearer " + token).header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String abbreviated(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "..." : text;
    }

    @FunctionalInterface
    private interface Request {
        HttpResponse<String> send(List<ObjectNode> part) throws Exception;
    }
}
