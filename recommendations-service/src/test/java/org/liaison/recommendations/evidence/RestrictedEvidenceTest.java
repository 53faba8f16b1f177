package org.liaison.recommendations.evidence;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.CloudEventHeaders;
import org.liaison.contracts.EventJson;
import org.liaison.contracts.EventTypes;
import org.liaison.contracts.MeetingState;
import org.liaison.contracts.PartialDate;
import org.liaison.contracts.Topics;
import org.liaison.infra.testing.CloudEventProducer;
import org.liaison.infra.testing.TestTokens;
import org.liaison.infra.testing.TopicReader;
import org.liaison.recommendations.Fixtures;
import org.liaison.recommendations.RecommendationsTestResource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaison.recommendations.Fixtures.post;

/**
 * M2: that a restricted meeting advanced a recommendation is one of its hidden details. Offices not taking part see
 * the link on the timeline, in the annual report (JSON, CSV, HTML) and in {@code recommendation.*} events only as
 * a redacted reference ({@code {"meetingId": null, "redacted": true}}), without the meeting's id or date.
 */
@QuarkusTest
@WithTestResource(RecommendationsTestResource.class)
class RestrictedEvidenceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void m2_aRestrictedMeetingsLinkIsShownToNonPartiesOnlyAsARedactedReference() throws Exception {
        UUID dfr = Fixtures.organization("دائرة العلاقات الخارجية", null);
        UUID snc = Fixtures.organization("هيئة التفاوض السورية", null);
        String four = Fixtures.recommendation(Fixtures.adopt(Fixtures.set(dfr, 2023, "4",
                "تطوير العلاقات والتحالفات مع القوى الديمقراطية والتوجه أكثر إلى العمق العربي")), 4);
        // The Department's restricted meeting with the Administration's representations abroad.
        MeetingState restricted = new MeetingState(UUID.randomUUID(), 0, "internal_meeting", "held",
                "اجتماع مغلق لدائرة العلاقات الخارجية مع ممثليات الإدارة الذاتية في الخارج", null,
                PartialDate.parse("2023-04-15"), null, null, null, null, null, dfr, List.of(), List.of(), List.of(),
                List.of(), null, List.of(), null, List.of(), List.of(UUID.fromString(four)), List.of(), true,
                List.of(dfr));
        String hidden = restricted.id().toString();

        try (TopicReader topic = new TopicReader(bootstrapServers, Topics.RECOMMENDATIONS);
             CloudEventProducer events = new CloudEventProducer(bootstrapServers)) {
            events.send(Topics.MEETINGS, hidden, UUID.randomUUID().toString(), EventTypes.MEETING_SCHEDULED,
                    "meeting/" + hidden, EventJson.mapper().writeValueAsString(restricted),
                    Map.of(CloudEventHeaders.ACTOR_OFFICE, dfr.toString(), CloudEventHeaders.ACTOR_ROLE, "editor"));
            ConsumerRecord<String, String> added = topic.await(r -> four.equals(r.key())
                    && EventTypes.RECOMMENDATION_EVIDENCE_ADDED.equals(header(r, CloudEventHeaders.TYPE)),
                    "recommendation.evidence-added", Duration.ofSeconds(30));
            assertFalse(added.value().contains(hidden), added.value());
            assertFalse(added.value().contains("2023-04-15"), added.value());
            assertTrue(EventJson.mapper().readTree(added.value()).at("/timeline/1/meetings/0/redacted").asBoolean(),
                    added.value());
            // A status report citing it is published the same way.
            post(TestTokens.editor(dfr), "/recommendations/" + four + "/status", Map.of("status", "in_progress",
                    "date", "2023-05", "meetingIds", List.of(hidden))).then().statusCode(201);
            ConsumerRecord<String, String> changed = topic.await(r -> four.equals(r.key())
                    && EventTypes.RECOMMENDATION_STATUS_CHANGED.equals(header(r, CloudEventHeaders.TYPE)),
                    "recommendation.status-changed", Duration.ofSeconds(30));
            assertFalse(changed.value().contains(hidden), changed.value());
        }

        // Another office: a redacted reference, no id, no date.
        String other = TestTokens.reader(snc);
        given().auth().oauth2(other).get("/recommendations/" + four + "/status").then().statusCode(200)
                .body(not(containsString(hidden))).body(not(containsString("2023-04-15")))
                .body("items.kind", contains("status_change", "evidence", "status_change"))
                .body("items[1].meetingIds", equalTo(List.of()))
                .body("items[1].meetings[0].meetingId", nullValue())
                .body("items[1].meetings[0].redacted", equalTo(true))
                .body("items[1].date", nullValue())
                .body("items[2].meetings[0].redacted", equalTo(true))
                .body("items[2].date", equalTo("2023-05"));
        given().auth().oauth2(other).get("/reports/" + dfr + "/2023").then().statusCode(200)
                .body(not(containsString(hidden))).body(not(containsString("2023-04-15")))
                .body("recommendations[0].evidence[0].id", nullValue())
                .body("recommendations[0].evidence[0].redacted", equalTo(true))
                .body("recommendations[0].timeline[1].meetings[0].redacted", equalTo(true));
        given().auth().oauth2(other).accept("text/csv").get("/reports/" + dfr + "/2023").then().statusCode(200)
                .body(not(containsString(hidden))).body(containsString("redacted"));
        given().auth().oauth2(other).accept("text/html").get("/reports/" + dfr + "/2023").then().statusCode(200)
                .body(not(containsString(hidden))).body(not(containsString("2023-04-15")))
                .body(containsString("اجتماع مقيد"));

        // The Department and admins see the meeting.
        for (String party : List.of(TestTokens.reader(dfr), TestTokens.admin())) {
            given().auth().oauth2(party).get("/recommendations/" + four + "/status").then().statusCode(200)
                    .body("items[1].meetingIds", contains(hidden))
                    .body("items[1].meetings[0].meetingId", equalTo(hidden))
                    .body("items[1].meetings[0].redacted", equalTo(false))
                    .body("items[1].date", equalTo("2023-04-15"));
            given().auth().oauth2(party).get("/reports/" + dfr + "/2023").then().statusCode(200)
                    .body("recommendations[0].evidence[0].id", equalTo(hidden))
                    .body("recommendations[0].evidence[0].titleAr",
                            equalTo("اجتماع مغلق لدائرة العلاقات الخارجية مع ممثليات الإدارة الذاتية في الخارج"));
            given().auth().oauth2(party).accept("text/csv").get("/reports/" + dfr + "/2023").then().statusCode(200)
                    .body(containsString(hidden));
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
