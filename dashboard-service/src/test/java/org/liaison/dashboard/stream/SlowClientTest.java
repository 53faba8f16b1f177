package org.liaison.dashboard.stream;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.liaison.dashboard.DashboardTestResource;
import org.liaison.dashboard.Events;
import org.liaison.dashboard.SseClient;
import org.liaison.infra.testing.TestTokens;

import java.io.InputStream;
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

/** A client that stops reading is cut off cleanly, and a reading client meanwhile gets every event. */
@QuarkusTest
@WithTestResource(DashboardTestResource.class)
class SlowClientTest {

    @TestHTTPResource("/stream")
    URI stream;

    @Test
    void aClientThatDoesNotReadIsCutOffWithoutHoldingUpTheOthers() throws Exception {
        UUID org = UUID.randomUUID();
        String token = TestTokens.admin();
        String big = "x".repeat(20_000);
        int count = 300;
        try (Socket slow = new Socket()) {
            slow.setReceiveBufferSize(4096);
            slow.connect(new InetSocketAddress(stream.getHost(), stream.getPort()));
            OutputStream out = slow.getOutputStream();
            out.write(("GET /stream?org=" + org + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n"
                    + "Authorization: Bearer " + token + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            try (Events events = new Events();
                    SseClient reader = SseClient.open(URI.create(stream + "?org=" + org), token, null)) {
                Thread.sleep(500);
                long started = System.nanoTime();
                for (int i = 0; i < count; i++) {
                    events.meeting(UUID.randomUUID(), "big " + i + " " + big, org, false, List.of(org), org);
                }
                assertEquals(count, reader.take(count, Duration.ofSeconds(30)).size(),
                        "the reading client got everything");
                assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 30);
            }
            // The slow client: once it reads, it finds the end of the stream (the server closed it).
            slow.setSoTimeout(15_000);
            InputStream in = slow.getInputStream();
            byte[] chunk = new byte[65536];
            long total = 0;
            int n;
            while ((n = in.read(chunk)) >= 0) {
                total += n;
            }
            assertTrue(total < (long) count * big.length(), "cut off before all " + count + " events: read " + total);
        }
    }
}
