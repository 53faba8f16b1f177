package org.liaison.dashboard.stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.dashboard.DashboardTestResource;
import org.liaison.dashboard.Events;
import org.liaison.dashboard.SseClient;
import org.liaison.infra.testing.TestTokens;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A client that never reads is cut off once a few hundred kilobytes back up, not after the megabytes an autotuned
 * kernel send buffer would take (fault F10 found a non-reader still connected after every event of its run), and a
 * client reading the same events meanwhile gets all of them.
 */
@QuarkusTest
@WithTestResource(DashboardTestResource.class)
class NonReadingClientTest {

    /** About 1.5 KB per frame: 400 of them are some 600 KB, far below what an autotuned buffer swallows (MBs). */
    private static final int EVENTS = 400;

    @TestHTTPResource("/stream")
    URI stream;

    @Inject
    MeterRegistry registry;

    @Test
    void aClientThatNeverReadsIsCutOffWithoutSlowingTheOthers() throws Exception {
        UUID office = UUID.randomUUID();
        String token = TestTokens.reader(office);
        URI filtered = URI.create(stream + "?org=" + office);
        double cutOffBefore = cutOff();
        String title = "اجتماع طويل العنوان ".repeat(40);
        try (Socket nonReader = new Socket(); Events events = new Events();
             SseClient reader = SseClient.open(filtered, token, null)) {
            nonReader.setReceiveBufferSize(4096);
            nonReader.connect(new InetSocketAddress(stream.getHost(), stream.getPort()));
            OutputStream out = nonReader.getOutputStream();
            out.write(("GET /stream?org=" + office + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n"
                    + "Authorization: Bearer " + token + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            awaitOpenStreams(2);
            for (int i = 0; i < EVENTS; i++) {
                events.meeting(UUID.randomUUID(), title + i, office, false, List.of(office), office);
            }
            assertEquals(EVENTS, reader.take(EVENTS, Duration.ofSeconds(30)).size(),
                    "the reading client got every event");
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (cutOff() == cutOffBefore && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertEquals(cutOffBefore + 1, cutOff(), "the client that never read was cut off (slow or stalled)");
            assertTrue(reader.drain(Duration.ofMillis(300)).isEmpty() && !reader.ended(),
                    "the reader is still connected");
        }
    }

    private double cutOff() {
        return registry.find("liaison.dashboard.clients.ended").counters().stream()
                .filter(c -> List.of("slow", "stalled").contains(c.getId().getTag("reason")))
                .mapToDouble(Counter::count).sum();
    }

    /** Waits until the hub counts this many streams more than the other tests left open, at most 10 s. */
    private void awaitOpenStreams(int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (registry.get("liaison.dashboard.clients.connected").gauge().value() < atLeast
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }
}
