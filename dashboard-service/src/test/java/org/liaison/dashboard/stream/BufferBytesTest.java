package org.liaison.dashboard.stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.dashboard.DashboardConfig;
import org.liaison.dashboard.DashboardTestResource;
import org.liaison.dashboard.Events;
import org.liaison.dashboard.SseClient;
import org.liaison.dashboard.events.EventLog;
import org.liaison.dashboard.events.Position;
import org.liaison.infra.testing.TestTokens;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The buffer is bounded in bytes as well as in events (liaison.dashboard.buffer-bytes, 48K in tests): a handful of
 * large events, far fewer than the 40 the count allows, push the older ones out, and a stream that missed them still
 * gets every one of them exactly once, from Kafka.
 */
@QuarkusTest
@WithTestResource(DashboardTestResource.class)
class BufferBytesTest {

    /** Each event carries a title of 4,000 Arabic letters: some 8 KB, so ten are 80 KB. */
    private static final int LARGE_EVENTS = 10;

    @TestHTTPResource("/stream")
    URI stream;

    @Inject
    EventLog log;

    @Inject
    DashboardConfig config;

    @Inject
    MeterRegistry registry;

    @Test
    void largeEventsAreEvictedByBytesAndAStreamThatMissedThemGetsThemFromKafka() throws Exception {
        long bound = config.bufferBytes().asLongValue();
        assertTrue(LARGE_EVENTS < config.bufferSize(), "the test is about bytes: the count must not be what evicts");
        UUID org = UUID.randomUUID();
        URI filtered = URI.create(stream + "?org=" + org);
        // An office of its own: the streams closed here hold their office's slots until the dashboard notices.
        String token = TestTokens.reader(org);
        String title = "ع".repeat(4000);
        List<String> expected = new ArrayList<>();
        String lastId;
        double replaysBefore = kafkaReplays();
        double connectedBefore = connected();
        try (Events events = new Events(); SseClient first = SseClient.open(filtered, token, null)) {
            events.meeting(UUID.randomUUID(), "seen", org, false, List.of(org), org);
            lastId = first.take(1, Duration.ofSeconds(10)).get(0).id();
            for (int i = 1; i <= LARGE_EVENTS; i++) {
                events.meeting(UUID.randomUUID(), "large-" + i + " " + title, org, false, List.of(org), org);
                expected.add("large-" + i);
            }
            // The live stream gets them all: the buffer has read them by then.
            assertEquals(LARGE_EVENTS, first.take(LARGE_EVENTS, Duration.ofSeconds(20)).size());
        }
        assertTrue(log.bufferedBytes() <= bound, "buffered " + log.bufferedBytes() + " bytes, bound " + bound);
        assertTrue(log.bufferedEvents() < LARGE_EVENTS, "at most a few of the large events fit: "
                + log.bufferedEvents());
        assertNull(log.readBuffered(Position.decode(lastId, "Last-Event-ID"), 1),
                "the buffer no longer holds everything after the first event, so it must not claim to");

        try (SseClient again = SseClient.open(filtered, token, lastId)) {
            List<SseClient.Frame> got = again.take(expected.size(), Duration.ofSeconds(20));
            assertEquals(new TreeSet<>(expected),
                    new TreeSet<>(got.stream().map(f -> f.title().split(" ")[0]).toList()), "every missed event, once");
            Map<Integer, Long> lastOffset = new HashMap<>();
            for (SseClient.Frame frame : got) {
                int partition = frame.data().path("partition").asInt();
                long offset = frame.data().path("offset").asLong();
                assertTrue(lastOffset.getOrDefault(partition, -1L) < offset, "partition order kept");
                lastOffset.put(partition, offset);
            }
            assertTrue(again.drain(Duration.ofMillis(700)).isEmpty(), "no duplicate at the hand-over to live events");
        }
        assertTrue(kafkaReplays() > replaysBefore, "the stream was resumed from Kafka, not from the buffer");
        // The dashboard notices closed streams only at a write; one cut off later as stalled would count in the next
        // test class's figures (NonReadingClientTest counts every cut-off).
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (connected() > connectedBefore && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    private double connected() {
        return registry.get("liaison.dashboard.clients.connected").gauge().value();
    }

    private double kafkaReplays() {
        var counter = registry.find("liaison.dashboard.replays.kafka").counter();
        return counter == null ? 0 : counter.count();
    }
}
