package org.liaison.recommendations.directory;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.EventJson;
import org.liaison.contracts.EventTypes;
import org.liaison.contracts.MeetingState;
import org.liaison.contracts.Topics;
import org.liaison.infra.LiaisonTestResource;
import org.liaison.infra.testing.CloudEventProducer;
import org.liaison.infra.testing.TestTokens;
import org.liaison.recommendations.Fixtures;
import org.liaison.recommendations.RecommendationsTestResource;
import org.liaison.support.readmodel.RequestedRebuilds;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The meeting directory rebuilt from meetings.events through the real broker: a meeting row that lost its parties and
 * status (arrays and all) is put back as the newest event had it. A database of its own: the rebuild removes rows that
 * other tests write without events.
 */
@QuarkusTest
@WithTestResource(value = RecommendationsTestResource.class,
        initArgs = @ResourceArg(name = LiaisonTestResource.DATABASE_ARG, value = "recommendations_rebuild"))
class MeetingDirectoryRebuildTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    MeetingDirectory directory;

    @Inject
    EntityManager entityManager;

    @Inject
    RequestedRebuilds requestedRebuilds;

    @Test
    void bothDirectoriesAreOfferedAndTheMeetingsAreRebuiltFromTheirTopic() throws Exception {
        given().auth().oauth2(TestTokens.admin()).get("/admin/read-models").then().statusCode(200)
                .body("name", hasItems("meeting-directory", "organization-directory"))
                .body("find { it.name == 'meeting-directory' }.topic", equalTo(Topics.MEETINGS));

        UUID dfr = UUID.randomUUID();
        UUID partner = UUID.randomUUID();
        UUID meeting = UUID.randomUUID();
        MeetingState scheduled = Fixtures.meetingState(meeting, dfr, "planned", 0, List.of());
        MeetingState held = new MeetingState(meeting, 1, scheduled.kind(), "held", scheduled.titleAr(),
                scheduled.titleEn(), scheduled.date(), null, null, null, null, null, dfr, List.of(), List.of(),
                List.of(), List.of(), null, List.of(), null, List.of(), List.of(), List.of(), true,
                List.of(dfr, partner));
        try (CloudEventProducer events = new CloudEventProducer(bootstrapServers)) {
            send(events, scheduled, EventTypes.MEETING_SCHEDULED);
            send(events, held, EventTypes.MEETING_UPDATED);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> version(meeting) == 1);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update directory_meeting set parties = '{}', status = 'planned', restricted = false where id "
                        + "= ?1")
                .setParameter(1, meeting).executeUpdate());

        // Only the damaged row differs; meetings of other test classes on the topic may be added (this database is
        // new, its consumer group is not).
        given().auth().oauth2(TestTokens.admin()).post("/admin/read-models/meeting-directory/rebuild").then()
                .statusCode(200).body("readModel", equalTo("meeting-directory")).body("changed", equalTo(1))
                .body("removed", equalTo(0));

        MeetingState rebuilt = QuarkusTransaction.requiringNew().call(() -> directory.find(meeting)).orElseThrow();
        assertEquals("held", rebuilt.status());
        assertEquals(true, rebuilt.restricted());
        assertEquals(List.of(dfr, partner), rebuilt.parties());
    }

    @Test
    void aRebuildAskedForFillsTheColumnsOfRowsKeptBeforeTheyExisted() throws Exception {
        UUID dfr = UUID.randomUUID();
        UUID meeting = UUID.randomUUID();
        MeetingState annual = Fixtures.meetingState(meeting, dfr, "held", 0, List.of());
        try (CloudEventProducer events = new CloudEventProducer(bootstrapServers)) {
            send(events, annual, EventTypes.MEETING_SCHEDULED);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> version(meeting) == 0);
        // As V2026121032 found the rows kept before meetings had places here.
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        update directory_meeting set city_ar = null, city_en = null, venue_ar = null, venue_en = null,
                            country = null, place_mode = null where id = ?1""")
                .setParameter(1, meeting).executeUpdate());
        assertNull(QuarkusTransaction.requiringNew().call(() -> directory.find(meeting)).orElseThrow().place());

        QuarkusTransaction.requiringNew().run(() -> requestedRebuilds.request("meeting-directory", "a test"));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertEquals(annual.place(),
                QuarkusTransaction.requiringNew().call(() -> directory.find(meeting)).orElseThrow().place()));
        await().atMost(Duration.ofSeconds(10)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery("select count(*) from read_model_rebuild_request")
                        .getSingleResult()).longValue()) == 0);
    }

    private static void send(CloudEventProducer events, MeetingState state, String type) throws Exception {
        events.send(Topics.MEETINGS, state.id().toString(), UUID.randomUUID().toString(), type,
                "meeting/" + state.id(), EventJson.mapper().writeValueAsString(state));
    }

    private long version(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> directory.find(id).map(MeetingState::version)
                .orElse(-1L));
    }
}
