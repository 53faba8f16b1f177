package org.liaison.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import org.liaison.contracts.EventJson;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Reads a Server-Sent Events stream with java.net.http, frame by frame, on a thread of its own. */
public final class SseClient implements AutoCloseable {

    /** One event frame (comments are counted, not queued). */
    public record Frame(String id, JsonNode data) {
        public String title() {
            return data.path("data").path("titleAr").asText(null);
        }
    }

    private final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
    private final HttpResponse<InputStream> response;
    private final Thread reader;
    private volatile int comments;
    private volatile boolean ended;

    private SseClient(HttpResponse<InputStream> response) {
        this.response = response;
        this.reader = new Thread(this::read, "test-sse-reader");
        reader.setDaemon(true);
        reader.start();
    }

    public static HttpResponse<InputStream> request(URI uri, String token, String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    public static SseClient open(URI uri, String token, String lastEventId) throws Exception {
        HttpResponse<InputStream> response = request(uri, token, lastEventId);
        if (response.statusCode() != 200) {
            throw new AssertionError("stream answered " + response.statusCode() + ": "
                    + new String(response.body().readAllBytes(), StandardCharsets.UTF_8));
        }
        return new SseClient(response);
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line;
            String id = null;
            StringBuilder data = new StringBuilder();
            while ((line = in.readLine()) != null) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        frames.add(new Frame(id, EventJson.mapper().readTree(data.toString())));
                    }
                    id = null;
                    data.setLength(0);
                } else if (line.startsWith(":")) {
                    comments++;
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).trim();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).stripLeading());
                }
            }
        } catch (Exception e) {
            // closed
        } finally {
            ended = true;
        }
    }

    /** The next n frames, waiting at most the timeout for all of them. */
    public List<Frame> take(int n, Duration timeout) throws InterruptedException {
        List<Frame> out = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (out.size() < n) {
            Frame frame = frames.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (frame == null) {
                throw new AssertionError("got " + out.size() + " of " + n + " frames: " + out);
            }
            out.add(frame);
        }
        return out;
    }

    /** Whatever arrives within the wait. */
    public List<Frame> drain(Duration wait) throws InterruptedException {
        Thread.sleep(wait.toMillis());
        List<Frame> out = new ArrayList<>();
        frames.drainTo(out);
        return out;
    }

    public int comments() {
        return comments;
    }

    public boolean ended() {
        return ended;
    }

    @Override
    public void close() {
        try {
            response.body().close();
        } catch (Exception e) {
            // gone
        }
        reader.interrupt();
    }
}
