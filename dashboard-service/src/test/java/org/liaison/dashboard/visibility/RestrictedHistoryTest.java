package org.liaison.dashboard.visibility;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.EventJson;
import org.liaison.contracts.EventTypes;
import org.liaison.contracts.Topics;
import org.liaison.dashboard.DashboardTestResource;
import org.liaison.dashboard.Events;
import org.liaison.dashboard.SseClient;
import org.liaison.dashboard.events.KafkaClients;
import org.liaison.infra.testing.TestTokens;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * M1: a meeting restricted after it was published is redacted in its whole history, on every view (the feed and the
 * stream, from the in-memory buffer and replayed from Kafka), by the meeting's current visibility rather than by
 * each old event's own {@code restricted} flag.
 */
@QuarkusTest
@WithTestResource(DashboardTestResource.class)
class RestrictedHistoryTest {

    /** Seed 001: the Syrian Negotiation Commission's expanded meeting with civil-society directors, 10 June 2024. */
    private static final String TITLE = "اجتماع موسع لهيئة التفاوض السورية مع مديري منظمات المجتمع المدني السوري";
    private static final String DATE = "2024-06-10";

    @TestHTTPResource("/stream")
    URI stream;

    @Inject
    KafkaClients clients;

    @Test
    void m1_aRestartRebuildsEveryMeetingsVisibilityFromKafkaBeforeServing() throws Exception {
        UUID commission = UUID.randomUUID();
        UUID restrictedLater = UUID.randomUUID();
        UUID publicMeeting = UUID.randomUUID();
        try (Events events = new Events()) {
            events.meeting(restrictedLater, 1, EventTypes.MEETING_SCHEDULED, "expanded_meeting", TITLE, DATE,
                    commission, false, List.of(commission), commission);
            events.meeting(restrictedLater, 2, EventTypes.MEETING_UPDATED, "expanded_meeting", TITLE, DATE, commission,
                    true, List.of(commission), commission);
            events.meeting(publicMeeting, 1, EventTypes.MEETING_SCHEDULED, "expanded_meeting", TITLE, DATE, commission,
                    false, List.of(commission), commission);
        }
        // What this service's instance knows, it knows from the topic alone: a fresh instance (as after a restart,
        // nothing in memory and no live log) reads meetings.events from its beginning before it calls itself ready.
        MeetingVisibility fresh = new MeetingVisibility(clients, null);
        fresh.start();
        try {
            assertTrue(fresh.awaitReady(Duration.ofSeconds(30)), "ready once read to the end of meetings.events");
            MeetingVisibility.Current current = fresh.current(restrictedLater).orElseThrow();
            assertEquals(2, current.version());
            assertTrue(current.restricted());
            assertEquals(List.of(commission), current.parties());
            assertFalse(fresh.current(publicMeeting).orElseThrow().restricted());
        } finally {
            fresh.stop();
        }
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'dashboard-meeting-visibility' }.status",
                        org.hamcrest.Matchers.equalTo("UP"));
    }

    @Test
    void m1_aMeetingRestrictedLaterIsRedactedInTheReplayedHistory() throws Exception {
        UUID commission = UUID.randomUUID(); // هيئة التفاوض السورية: organiser, the only party
        UUID outsider = UUID.randomUUID();   // an office that does not take part
        UUID meeting = UUID.randomUUID();
        String from = Instant.now().minusSeconds(1).toString();
        try (Events events = new Events()) {
            // Published openly, then marked restricted (PATCH restricted: true in meetings-service).
            events.meeting(meeting, 1, EventTypes.MEETING_SCHEDULED, "expanded_meeting", TITLE, DATE, commission, false,
                    List.of(commission), commission);
            events.meeting(meeting, 2, EventTypes.MEETING_UPDATED, "expanded_meeting", TITLE, DATE, commission, true,
                    List.of(commission), commission);
        }
        String subject = "meeting/" + meeting;
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertEquals(2,
                        feed(TestTokens.reader(outsider), from, subject).getList("items").size()));

        // From the buffer: the feed and a stream replaying from a time.
        assertEveryEventRedacted("feed (buffer)", feedItems(TestTokens.reader(outsider), from, subject));
        assertEveryEventRedacted("stream (buffer)", streamed(TestTokens.reader(outsider), from, subject));
        // The offices taking part and admins still see both events in full.
        assertEveryEventInFull("party", feedItems(TestTokens.reader(commission), from, subject));
        assertEveryEventInFull("admin", feedItems(TestTokens.admin(), from, subject));

        // More than the test buffer (40) holds: the two events are now only in Kafka.
        try (Events events = new Events()) {
            for (int i = 0; i < 45; i++) {
                events.organization(UUID.randomUUID(), "بيتنا", "Baytna");
            }
        }
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertEquals(45,
                feed(TestTokens.admin(), from, "organization/*").getList("items").size()));
        assertEveryEventRedacted("feed (Kafka)", feedItems(TestTokens.reader(outsider), from, subject));
        assertEveryEventRedacted("stream (Kafka)", streamed(TestTokens.reader(outsider), from, subject));
        assertEveryEventInFull("party (Kafka)", feedItems(TestTokens.reader(commission), from, subject));
    }

    /**
     * A statement follows its meeting: what Dr. Badr Jamous said, published while the meeting was open, is redacted for
     * an office not taking part once the meeting is restricted, and still shown to the parties.
     */
    @Test
    void aStatementOfAMeetingRestrictedLaterIsRedactedToo() throws Exception {
        UUID commission = UUID.randomUUID();
        UUID outsider = UUID.randomUUID();
        UUID meeting = UUID.randomUUID();
        UUID statement = UUID.randomUUID();
        String from = Instant.now().minusSeconds(1).toString();
        String briefing = "قدّم رئيس الهيئة الدكتور بدر جاموس إحاطة عامة حول هيئة التفاوض السورية";
        try (Events events = new Events()) {
            events.meeting(meeting, 1, EventTypes.MEETING_SCHEDULED, "expanded_meeting", TITLE, DATE, commission, false,
                    List.of(commission), commission);
            events.send(Topics.MEETINGS, statement, EventTypes.STATEMENT_RECORDED, "statement/" + statement, """
                    {"id": "%s", "version": 0, "meetingId": "%s", "speakerName": "الدكتور بدر جاموس",
                     "textAr": "%s", "quoted": false, "topics": [], "instruments": [], "sources": [],
                     "restricted": false, "parties": ["%s"]}""".formatted(statement, meeting, briefing, commission),
                    commission);
            events.meeting(meeting, 2, EventTypes.MEETING_UPDATED, "expanded_meeting", TITLE, DATE, commission, true,
                    List.of(commission), commission);
        }
        String subject = "statement/" + statement;
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertTrue(
                feed(TestTokens.reader(outsider), from, subject).getBoolean("items[0].redacted")));
        JsonNode redacted = feedItems(TestTokens.reader(outsider), from, subject).get(0).path("data");
        assertFalse(redacted.has("textAr"), "no text: " + redacted);
        assertEquals(meeting.toString(), redacted.path("meetingId").asText());
        assertEquals(briefing, feedItems(TestTokens.reader(commission), from, subject).get(0).at("/data/textAr")
                .asText());
    }

    /**
     * A document follows every meeting it is linked to: recorded while both were open, it is redacted for an office
     * not taking part once one of them is restricted, and still shown to the offices taking part in that one.
     */
    @Test
    void aDocumentOfAMeetingRestrictedLaterIsRedactedToo() throws Exception {
        UUID commission = UUID.randomUUID();
        UUID outsider = UUID.randomUUID();
        UUID open = UUID.randomUUID();
        UUID restrictedLater = UUID.randomUUID();
        UUID document = UUID.randomUUID();
        String from = Instant.now().minusSeconds(1).toString();
        String title = "البيان الختامي للاجتماع الموسع";
        try (Events events = new Events()) {
            events.meeting(open, 1, EventTypes.MEETING_SCHEDULED, "expanded_meeting", TITLE, DATE, commission, false,
                    List.of(commission), commission);
            events.meeting(restrictedLater, 1, EventTypes.MEETING_SCHEDULED, "expanded_meeting", TITLE, DATE,
                    commission, false, List.of(commission), commission);
            events.send(Topics.MEETINGS, document, EventTypes.DOCUMENT_RECORDED, "document/" + document, """
                    {"id": "%s", "version": 0, "title": "%s", "kind": "final_statement", "language": "ar",
                     "meetingIds": ["%s", "%s"], "recommendationIds": [], "restricted": false, "parties": []}"""
                    .formatted(document, title, open, restrictedLater), commission);
            events.meeting(restrictedLater, 2, EventTypes.MEETING_UPDATED, "expanded_meeting", TITLE, DATE,
                    commission, true, List.of(commission), commission);
        }
        String subject = "document/" + document;
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertTrue(
                feed(TestTokens.reader(outsider), from, subject).getBoolean("items[0].redacted")));
        JsonNode redacted = feedItems(TestTokens.reader(outsider), from, subject).get(0).path("data");
        assertFalse(redacted.has("title"), "no title: " + redacted);
        assertEquals(2, redacted.path("meetingIds").size(), "the meetings it is of: " + redacted);
        assertEquals(title, feedItems(TestTokens.reader(commission), from, subject).get(0).at("/data/title").asText());
    }

    private static void assertEveryEventRedacted(String where, List<JsonNode> items) {
        assertEquals(2, items.size(), where + ": " + items);
        for (JsonNode item : items) {
            assertTrue(item.path("redacted").asBoolean(), where + ", redacted: " + item);
            JsonNode data = item.path("data");
            assertFalse(data.has("titleAr"), where + ", no title: " + data);
            assertFalse(data.has("parties"), where + ", no parties: " + data);
            assertTrue(data.path("restricted").asBoolean(), where + ", shown as restricted: " + data);
            assertEquals(DATE, data.path("date").asText(), where);
            assertTrue(item.path("actorOffice").isNull(), where + ", no acting office: " + item);
        }
    }

    private static void assertEveryEventInFull(String where, List<JsonNode> items) {
        assertEquals(2, items.size(), where + ": " + items);
        for (JsonNode item : items) {
            assertFalse(item.path("redacted").asBoolean(), where + ": " + item);
            assertEquals(TITLE, item.path("data").path("titleAr").asText(), where);
        }
    }

    private List<JsonNode> streamed(String token, String from, String subject) throws Exception {
        URI uri = URI.create(stream + "?subject=" + subject + "&from=" + from);
        try (SseClient client = SseClient.open(uri, token, null)) {
            return client.take(2, Duration.ofSeconds(20)).stream().map(SseClient.Frame::data).toList();
        }
    }

    private static List<JsonNode> feedItems(String token, String from, String subject) throws Exception {
        String body = given().auth().oauth2(token).queryParams(Map.of("from", from, "subject", subject, "limit", 10))
                .get("/feed").then().statusCode(200).extract().asString();
        List<JsonNode> items = new ArrayList<>();
        EventJson.mapper().readTree(body).path("items").forEach(items::add);
        return items;
    }

    private static JsonPath feed(String token, String from, String subject) {
        return given().auth().oauth2(token).queryParams(Map.of("from", from, "subject", subject, "limit", 100))
                .get("/feed").then().statusCode(200).extract().jsonPath();
    }
}
