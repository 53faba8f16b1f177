package org.liaison.faults;

import com.fasterxml.jackson.databind.JsonNode;
import org.liaison.contracts.Topics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One dashboard viewer reading {@code /stream} as a client should: it keeps the id of the last event it got and,
 * when it comes back, resumes from it with {@code Last-Event-ID} (a bearer token in the header) or, the browser
 * page's way, with a fresh ticket and {@code ?lastEventId=}. A refusal (429, 503) is retried after its Retry-After.
 * It keeps only where each event was ({@link #key}), not the event, so that hundreds of them fit in one JVM;
 * each reads on a thread of its own.
 */
final class SseSubscriber {

    /** One client for every subscriber: HTTP/1.1, one connection per stream, as EventSource. */
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<String> TOPICS = List.of(Topics.ORGS, Topics.MEETINGS, Topics.RECOMMENDATIONS);
    private static final int MAX_ATTEMPTS = 10;

    final int index;
    final String office;
    private final String token;
    private final List<Long> received = new ArrayList<>();
    private final List<String> answers = new ArrayList<>();
    private volatile String lastId;
    private volatile InputStream body;
    private volatile CountDownLatch connected = new CountDownLatch(1);
    private volatile boolean dropping;
    private volatile boolean endedByServer;
    /** Which connection is the current one: a dropped one's reader may finish after the next has opened. */
    private final AtomicInteger connection = new AtomicInteger();
    private volatile String instanceUrl;
    private volatile long openingSince;
    private volatile long connectedAfterMillis = -1;
    private final Map<Long, String> eventIds;
    private final AtomicInteger conflicts;

    /**
     * @param eventIds  shared by all subscribers: the event id first seen at each place ({@link #key})
     * @param conflicts counts the frames that showed a different event id at a place than the first one seen there
     */
    SseSubscriber(int index, String office, String token, Map<Long, String> eventIds, AtomicInteger conflicts) {
        this.index = index;
        this.office = office;
        this.token = token;
        this.eventIds = eventIds;
        this.conflicts = conflicts;
    }

    /** Where a frame was: topic, partition and offset in one long (the order of {@link Topics}). */
    static long key(String topic, int partition, long offset) {
        return ((long) TOPICS.indexOf(topic) << 58) | ((long) partition << 44) | offset;
    }

    static String topic(long key) {
        return TOPICS.get((int) (key >>> 58));
    }

    static int partition(long key) {
        return (int) ((key >>> 44) & 0x3FFF);
    }

    static long offset(long key) {
        return key & ((1L << 44) - 1);
    }

    /**
     * Opens the stream on an instance (from {@link #lastId} when it has one), retrying refusals up to 10 times; returns
     * the number of refusals it met.
     *
     * @param tickets where to get a ticket from, to open with it and {@code ?lastEventId=} as the page does; null to
     *                open with the bearer token and {@code Last-Event-ID}
     */
    int open(String baseUrl, TicketDesk tickets) throws InterruptedException {
        instanceUrl = baseUrl;
        openingSince = System.nanoTime();
        int refusals = 0;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            HttpResponse<InputStream> response;
            try {
                response = HTTP.send(request(baseUrl, tickets), HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                answer("no answer: " + e);
                refusals++;
                Thread.sleep(1000);
                continue;
            }
            if (response.statusCode() == 200) {
                start(response.body());
                return refusals;
            }
            String problem = drain(response.body());
            answer(response.statusCode() + " " + problem);
            refusals++;
            Thread.sleep(1000L * retryAfter(response));
        }
        return refusals; // not opened: awaitConnected tells
    }

    private HttpRequest request(String baseUrl, TicketDesk tickets) throws IOException, InterruptedException {
        String last = lastId;
        StringBuilder url = new StringBuilder(baseUrl).append("/stream");
        HttpRequest.Builder request = HttpRequest.newBuilder().header("Accept", "text/event-stream").GET();
        if (tickets != null) {
            url.append("?ticket=").append(tickets.ticket(baseUrl, token));
            if (last != null) {
                url.append("&lastEventId=").append(URLEncoder.encode(last, StandardCharsets.UTF_8));
            }
        } else {
            request.header("Authorization", "Bearer " + token);
            if (last != null) {
                request.header("Last-Event-ID", last);
            }
        }
        return request.uri(URI.create(url.toString())).build();
    }

    private void start(InputStream stream) {
        body = stream;
        dropping = false;
        endedByServer = false;
        CountDownLatch opened = connected;
        int current = connection.incrementAndGet();
        // A platform thread with a small stack (Java 17: no virtual threads): 600 of them take little memory.
        Thread reader = new Thread(null, () -> read(stream, opened, current), "sse-" + index, 256 * 1024);
        reader.setDaemon(true);
        reader.start();
    }

    private void read(InputStream stream, CountDownLatch opened, int current) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            String id = null;
            String data = null;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty()) {
                    if (data != null) {
                        frame(id, Api.JSON.readTree(data));
                    }
                    id = null;
                    data = null;
                } else if (line.startsWith(":")) {
                    if (opened.getCount() > 0) {
                        connectedAfterMillis = (System.nanoTime() - openingSince) / 1_000_000;
                    }
                    opened.countDown(); // ": connected" comes first
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).trim();
                } else if (line.startsWith("data:")) {
                    data = line.substring(5).stripLeading();
                }
            }
        } catch (IOException e) {
            // closed, by us (a drop) or by the server
        }
        if (!dropping && connection.get() == current) {
            endedByServer = true;
        }
    }

    private void frame(String id, JsonNode event) {
        long key = key(event.path("topic").asText(), event.path("partition").asInt(), event.path("offset").asLong());
        synchronized (received) {
            received.add(key);
        }
        String eventId = event.path("eventId").asText();
        if (!eventId.equals(eventIds.computeIfAbsent(key, k -> eventId))) {
            conflicts.incrementAndGet();
        }
        lastId = id;
    }

    boolean awaitConnected(Duration within) throws InterruptedException {
        return connected.await(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Drops the connection as a network would (the client closes it); {@link #open} resumes from the last id. */
    void drop() {
        dropping = true;
        connected = new CountDownLatch(1);
        close();
    }

    void close() {
        dropping = true;
        InputStream stream = body;
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                // gone already
            }
        }
    }

    String lastId() {
        return lastId;
    }

    /** Whether the server ended the stream (a subscriber that was never dropped must not see that). */
    boolean endedByServer() {
        return endedByServer;
    }

    /**
     * Milliseconds from the last {@link #open} to its stream's first line (refusals and tickets included); -1 before.
     */
    long connectedAfterMillis() {
        return connectedAfterMillis;
    }

    String instanceUrl() {
        return instanceUrl;
    }

    int receivedCount() {
        synchronized (received) {
            return received.size();
        }
    }

    List<Long> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    List<String> refusals() {
        synchronized (answers) {
            return List.copyOf(answers);
        }
    }

    private void answer(String answer) {
        synchronized (answers) {
            answers.add(answer);
        }
    }

    private static long retryAfter(HttpResponse<?> response) {
        try {
            return Math.min(10, Long.parseLong(response.headers().firstValue("Retry-After").orElse("1").trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String drain(InputStream stream) {
        try (stream) {
            String text = new String(stream.readNBytes(500), StandardCharsets.UTF_8);
            return text.replaceAll("\\s+", " ");
        } catch (IOException e) {
            return "";
        }
    }
}
