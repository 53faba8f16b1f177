package org.liaison.recommendations.evidence;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.CloudEventHeaders;
import org.liaison.contracts.EventJson;
import org.liaison.contracts.EventTypes;
import org.liaison.contracts.MeetingState;
import org.liaison.contracts.Topics;
import org.liaison.infra.testing.CloudEventProducer;
import org.liaison.infra.testing.TestTokens;
import org.liaison.recommendations.Fixtures;
import org.liaison.recommendations.RecommendationsTestResource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * A meeting that advances a recommendation is added to its timeline once, through the real broker. The events say
 * they come from a request of the Department's editors, who report for the recommendation (see
 * {@link EvidenceAuthorityTest} for those who do not).
 */
@QuarkusTest
@WithTestResource(RecommendationsTestResource.class)
class MeetingEvidenceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void addsTheMeetingOnceWhateverIsRedelivered() throws Exception {
        UUID dfr = Fixtures.organization("دائرة العلاقات الخارجية");
        String id = Fixtures.recommendation(Fixtures.adopt(Fixtures.set(dfr, 2023, "8", "تطوير الحوار السوري-السوري")),
                8);
        UUID meeting = UUID.randomUUID();
        UUID marker = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        try (CloudEventProducer events = new CloudEventProducer(bootstrapServers)) {
            send(events, eventId, EventTypes.MEETING_SCHEDULED,
                    Fixtures.meetingState(meeting, dfr, "held", 0, List.of(UUID.fromString(id))));
            send(events, eventId, EventTypes.MEETING_SCHEDULED,
                    Fixtures.meetingState(meeting, dfr, "held", 0, List.of(UUID.fromString(id))));
            send(events, UUID.randomUUID().toString(), EventTypes.MEETING_UPDATED,
                    Fixtures.meetingState(meeting, dfr, "held", 1, List.of(UUID.fromString(id), UUID.randomUUID())));
            // A marker on the same key (so the same partition) shows when the consumer has passed all three.
            events.send(Topics.MEETINGS, meeting.toString(), UUID.randomUUID().toString(), EventTypes.MEETING_SCHEDULED,
                    "meeting/" + marker,
                    EventJson.mapper().writeValueAsString(Fixtures.meetingState(marker, dfr, "planned", 0, List.of())));
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                .get("/directory/meetings/" + marker).then().statusCode(200));
        given().auth().oauth2(TestTokens.admin()).get("/recommendations/" + id + "/status").then().statusCode(200)
                .body("items.kind", contains("status_change", "evidence"))
                .body("items[1].meetingIds", contains(meeting.toString()))
                .body("items[1].status", equalTo("adopted"))
                .body("items[1].date", equalTo("2023-01"));
    }

    private static void send(CloudEventProducer events, String eventId, String type,
            MeetingState state) throws Exception {
        events.send(Topics.MEETINGS, state.id().toString(), eventId, type, "meeting/" + state.id(),
                EventJson.mapper().writeValueAsString(state), Map.of(CloudEventHeaders.ACTOR_OFFICE,
                        state.organizerId().toString(), CloudEventHeaders.ACTOR_ROLE, "editor"));
    }
}
