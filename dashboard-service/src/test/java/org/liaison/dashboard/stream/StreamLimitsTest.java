package org.liaison.dashboard.stream;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.liaison.dashboard.DashboardTestResource;
import org.liaison.dashboard.Events;
import org.liaison.dashboard.SlowStream;
import org.liaison.dashboard.SseClient;
import org.liaison.infra.testing.TestTokens;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * M7: one office cannot take every stream slot of an instance, and replays (a stream or a feed page that must read
 * Kafka or a long backlog) are bounded per instance and per office. The %test profile allows 4 streams per office,
 * 3 replays per instance and 2 per office.
 */
@QuarkusTest
@WithTestResource(DashboardTestResource.class)
class StreamLimitsTest {

    /** Seed 003: the SDC relations office's meeting with its member parties. */
    private static final String TITLE = "اجتماع مع الأحزاب الأعضاء";

    @TestHTTPResource("/stream")
    URI stream;

    @Test
    void m7_oneOfficeCannotTakeEveryStreamSlot() throws Exception {
        URI idle = URI.create(stream + "?type=nothing.ever");
        String busy = TestTokens.reader(UUID.randomUUID());
        List<SseClient> open = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                open.add(SseClient.open(idle, busy, null));
            }
            assertRefused(429, SseClient.request(idle, busy, null));
            // Another office still gets in.
            try (SseClient other = SseClient.open(idle, TestTokens.reader(UUID.randomUUID()), null)) {
                assertTrue(!other.ended());
            }
            // The office's slot comes back once one of its streams has ended.
            open.remove(0).close();
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(300))
                    .until(() -> status(SseClient.request(idle, busy, null)) == 200);
        } finally {
            open.forEach(SseClient::close);
        }
    }

    @Test
    void m7_replaysAreBoundedPerInstanceAndPerOfficeWithRetryAfter() throws Exception {
        UUID party = UUID.randomUUID();
        String from = Instant.now().minusSeconds(1).toString();
        UUID last = UUID.randomUUID();
        // About 8 MB of events: more than the network buffers between the dashboard and a client hold, so that a client
        // reading slowly keeps its replay busy for the length of the test.
        String big = (TITLE + " ").repeat(400);
        try (Events events = new Events()) {
            for (int i = 0; i < 400; i++) {
                events.meeting(UUID.randomUUID(), big, party, false, List.of(party), party);
            }
            events.meeting(last, TITLE, party, false, List.of(party), party);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(TestTokens.admin())
                .queryParam("subject", "meeting/" + last).queryParam("from", from).get("/feed")
                .then().statusCode(200).extract().jsonPath().getList("items").size() == 1);

        String replay = "/stream?org=" + party + "&from=" + from;
        URI replayUri = URI.create(stream + "?org=" + party + "&from=" + from);
        String a = TestTokens.reader(UUID.randomUUID());
        String b = TestTokens.reader(UUID.randomUUID());
        String c = TestTokens.reader(UUID.randomUUID());
        try (SlowStream a1 = SlowStream.open(stream, replay, a); SlowStream a2 = SlowStream.open(stream, replay, a)) {
            assertEquals(200, a1.status());
            assertEquals(200, a2.status());
            // Office a has its share of replays: a third is refused, as a stream or as a feed page read from Kafka.
            assertRefused(429, SseClient.request(replayUri, a, null));
            assertRefused(429, feedFromKafka(a));
            // Another office still gets one.
            assertEquals(200, feedFromKafka(b).statusCode());
            try (SlowStream b1 = SlowStream.open(stream, replay, b)) {
                assertEquals(200, b1.status());
                // Every replay of the instance is taken: 503 for anyone else, with Retry-After.
                assertRefused(503, feedFromKafka(c));
                assertRefused(503, SseClient.request(replayUri, c, null));
                // A stream of new events only needs no replay.
                try (SseClient live = SseClient.open(URI.create(stream + "?type=nothing.ever"), c, null)) {
                    assertTrue(!live.ended());
                }
                assertTrue(a1.bytesRead() > 0 && b1.bytesRead() >= 0, "the replays were being read");
            }
        }
        // The replays come back once their readers are gone.
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500))
                .until(() -> feedFromKafka(c).statusCode() == 200);
    }

    /** A feed page from the very start of the topics: older than the buffer, so it is read from Kafka. */
    private static Response feedFromKafka(String token) {
        return given().auth().oauth2(token).queryParam("after", "o.0~m.0~r.0").queryParam("limit", 1).get("/feed");
    }

    private static void assertRefused(int status, Response response) {
        assertEquals(status, response.statusCode(), response.asString());
        assertTrue(response.contentType().startsWith("application/problem+json"), response.contentType());
        assertTrue(Integer.parseInt(response.header("Retry-After")) > 0, "Retry-After");
    }

    private static void assertRefused(int status, HttpResponse<InputStream> response) throws Exception {
        try (InputStream body = response.body()) {
            assertEquals(status, response.statusCode(), response.statusCode() == 200 ? "a stream was opened"
                    : new String(body.readNBytes(2000), StandardCharsets.UTF_8));
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertTrue(Integer.parseInt(response.headers().firstValue("Retry-After").orElse("0")) > 0, "Retry-After");
        }
    }

    private static int status(HttpResponse<InputStream> response) throws Exception {
        try (InputStream body = response.body()) {
            return response.statusCode();
        }
    }
}
