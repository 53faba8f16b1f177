package org.liaison.dashboard.stream;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.liaison.dashboard.DashboardTestResource;
import org.liaison.dashboard.Events;
import org.liaison.dashboard.SseClient;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reconnecting with Last-Event-ID gives exactly the events missed, from the buffer or from Kafka. */
@QuarkusTest
@WithTestResource(DashboardTestResource.class)
class StreamResumeTest {

    @TestHTTPResource("/stream")
    URI stream;

    @Test
    void reconnectWithLastEventIdGivesExactlyTheMissedEvents() throws Exception {
        UUID org = UUID.randomUUID();
        URI filtered = URI.create(stream + "?org=" + org);
        String token = TestTokens.admin();
        List<String> missed = new ArrayList<>();
        String lastId;
        try (Events events = new Events(); SseClient first = SseClient.open(filtered, token, null)) {
            for (int i = 1; i <= 3; i++) {
                events.meeting(UUID.randomUUID(), "before " + i, org, false, List.of(org), org);
            }
            List<SseClient.Frame> got = first.take(3, Duration.ofSeconds(10));
            assertEquals(List.of("before 1", "before 2", "before 3"),
                    got.stream().map(SseClient.Frame::title).toList());
            lastId = got.get(1).id();
            first.close();
            for (int i = 1; i <= 4; i++) {
                events.meeting(UUID.randomUUID(), "missed " + i, org, false, List.of(org), org);
                missed.add("missed " + i);
            }
        }
        try (SseClient again = SseClient.open(filtered, token, lastId)) {
            List<String> expected = new ArrayList<>(List.of("before 3"));
            expected.addAll(missed);
            List<SseClient.Frame> got = again.take(expected.size(), Duration.ofSeconds(10));
            assertEquals(expected, got.stream().map(SseClient.Frame::title).toList());
            assertTrue(again.drain(Duration.ofMillis(700)).isEmpty(), "no duplicate after the missed events");
        }
    }

    @Test
    void anIdOlderThanTheBufferIsResumedFromKafka() throws Exception {
        UUID org = UUID.randomUUID();
        URI filtered = URI.create(stream + "?org=" + org);
        String token = TestTokens.admin();
        String lastId;
        List<String> expected = new ArrayList<>();
        try (Events events = new Events(); SseClient first = SseClient.open(filtered, token, null)) {
            events.meeting(UUID.randomUUID(), "seen", org, false, List.of(org), org);
            lastId = first.take(1, Duration.ofSeconds(10)).get(0).id();
            first.close();
            // More than the test buffer (40) holds: the start of what was missed is only in Kafka now.
            for (int i = 1; i <= 60; i++) {
                events.meeting(UUID.randomUUID(), "old " + i, org, false, List.of(org), org);
                expected.add("old " + i);
            }
        }
        try (SseClient again = SseClient.open(filtered, token, lastId)) {
            List<SseClient.Frame> got = again.take(expected.size(), Duration.ofSeconds(20));
            // Read from Kafka, partitions interleave differently than they were published; within each
            // partition (each aggregate) the order is kept, and every missed event comes exactly once.
            assertEquals(new TreeSet<>(expected),
                    new TreeSet<>(got.stream().map(SseClient.Frame::title).toList()));
            Map<Integer, Long> lastOffset = new HashMap<>();
            for (SseClient.Frame frame : got) {
                int partition = frame.data().path("partition").asInt();
                long offset = frame.data().path("offset").asLong();
                assertTrue(lastOffset.getOrDefault(partition, -1L) < offset, "partition order kept");
                lastOffset.put(partition, offset);
            }
            assertTrue(again.drain(Duration.ofMillis(700)).isEmpty(), "no duplicate at the hand-over to live events");
        }
    }

    @Test
    void heartbeatsKeepAnIdleStreamOpen() throws Exception {
        try (SseClient idle = SseClient.open(URI.create(stream + "?type=nothing.ever"), TestTokens.admin(), null)) {
            // The first comment is ": connected"; heartbeats (1 s in tests) follow. Waiting up to 10 s keeps the
            // test about heartbeats, not about how busy the machine is.
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (idle.comments() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertTrue(idle.comments() >= 3, "comments: " + idle.comments());
        }
    }
}
