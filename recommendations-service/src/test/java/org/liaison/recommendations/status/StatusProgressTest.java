package org.liaison.recommendations.status;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.CloudEventHeaders;
import org.liaison.contracts.EventJson;
import org.liaison.contracts.EventTypes;
import org.liaison.contracts.MeetingState;
import org.liaison.contracts.RecommendationState;
import org.liaison.contracts.Topics;
import org.liaison.infra.testing.CloudEventProducer;
import org.liaison.infra.testing.TestTokens;
import org.liaison.infra.testing.TopicReader;
import org.liaison.recommendations.Fixtures;
import org.liaison.recommendations.RecommendationsTestResource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.liaison.recommendations.Fixtures.post;

/**
 * Progress: a percentage reported with each status change, kept on the timeline and the recommendation, carried by
 * {@code recommendation.status-changed} through the real broker; a change that does not say keeps the one before.
 */
@QuarkusTest
@WithTestResource(RecommendationsTestResource.class)
class StatusProgressTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void progressIsReportedWithEachStatusChangeAndTravelsInTheEvent() throws Exception {
        UUID dfr = Fixtures.organization("دائرة العلاقات الخارجية");
        String id = recommendation(dfr);
        String editor = TestTokens.editor(dfr);
        try (TopicReader topic = new TopicReader(bootstrapServers, Topics.RECOMMENDATIONS)) {
            post(editor, "/recommendations/" + id + "/status",
                    Map.of("status", "in_progress", "progress", 40, "date", "2023-06"))
                    .then().statusCode(201).body("progress", equalTo(40)).body("kind", equalTo("status_change"));
            ConsumerRecord<String, String> changed = topic.await(r -> id.equals(r.key())
                    && EventTypes.RECOMMENDATION_STATUS_CHANGED.equals(header(r, CloudEventHeaders.TYPE)),
                    "recommendation.status-changed", Duration.ofSeconds(30));
            RecommendationState state = EventJson.mapper().readValue(changed.value(), RecommendationState.class);
            assertEquals(40, state.progress());
            assertEquals(0, state.timeline().get(0).progress(), "adopted: not started");
            assertEquals(40, state.timeline().get(1).progress());
        }
        // A report that gives no figure keeps the one before.
        post(editor, "/recommendations/" + id + "/status", Map.of("status", "in_progress", "date", "2023-07"))
                .then().statusCode(201).body("progress", equalTo(40));
        post(editor, "/recommendations/" + id + "/status", Map.of("status", "partially_implemented", "progress", 70,
                "date", "2023-12")).then().statusCode(201);
        given().auth().oauth2(TestTokens.reader(dfr)).get("/recommendations/" + id)
                .then().statusCode(200).body("progress", equalTo(70));
        given().auth().oauth2(TestTokens.reader(dfr)).get("/recommendations/" + id + "/status")
                .then().statusCode(200).body("items.progress", contains(0, 40, 40, 70));
        // Implemented is done: 100 when the report does not say.
        post(editor, "/recommendations/" + id + "/status", Map.of("status", "implemented"))
                .then().statusCode(201).body("progress", equalTo(100));
    }

    @Test
    void progressOutOfRangeOrContradictingTheStatusIsRefusedAndChangesNothing() {
        UUID dfr = Fixtures.organization("دائرة العلاقات الخارجية");
        String id = recommendation(dfr);
        String editor = TestTokens.editor(dfr);
        for (int bad : new int[] {-1, 101}) {
            post(editor, "/recommendations/" + id + "/status", Map.of("status", "in_progress", "progress", bad))
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("progress"));
        }
        post(editor, "/recommendations/" + id + "/status", Map.of("status", "implemented", "progress", 60))
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("progress"));
        Map<String, Object> notANumber = new HashMap<>(Map.of("status", "in_progress", "progress", "half"));
        post(editor, "/recommendations/" + id + "/status", notANumber).then().statusCode(400)
                .body("errors[0].field", equalTo("progress"));
        given().auth().oauth2(TestTokens.reader(dfr)).get("/recommendations/" + id + "/status")
                .then().body("items.status", contains("adopted")).body("items.progress", contains(0));
        given().auth().oauth2(TestTokens.reader(dfr)).get("/recommendations/" + id)
                .then().body("status", equalTo("adopted")).body("progress", equalTo(0));
    }

    @Test
    void evidenceReportsNoProgressAndLeavesItAsItWas() throws Exception {
        UUID dfr = Fixtures.organization("دائرة العلاقات الخارجية");
        String id = recommendation(dfr);
        post(TestTokens.editor(dfr), "/recommendations/" + id + "/status", Map.of("status", "in_progress",
                "progress", 25)).then().statusCode(201);
        MeetingState meeting = Fixtures.meetingState(UUID.randomUUID(), dfr, "held", 0, List.of(UUID.fromString(id)));
        try (CloudEventProducer events = new CloudEventProducer(bootstrapServers)) {
            events.send(Topics.MEETINGS, meeting.id().toString(), UUID.randomUUID().toString(),
                    EventTypes.MEETING_SCHEDULED, "meeting/" + meeting.id(),
                    EventJson.mapper().writeValueAsString(meeting), Map.of(CloudEventHeaders.ACTOR_OFFICE,
                            dfr.toString(), CloudEventHeaders.ACTOR_ROLE, "editor"));
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(TestTokens.reader(dfr))
                .get("/recommendations/" + id + "/status")
                .then().body("items.kind", contains("status_change", "status_change", "evidence")));
        given().auth().oauth2(TestTokens.reader(dfr)).get("/recommendations/" + id + "/status")
                .then().body("items[2].progress", nullValue());
        given().auth().oauth2(TestTokens.reader(dfr)).get("/recommendations/" + id)
                .then().body("progress", equalTo(25));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String recommendation(UUID organization) {
        return Fixtures.recommendation(Fixtures.adopt(Fixtures.set(organization, 2023, "٣", "لحماية ثورة 19 تموز")), 3);
    }
}
