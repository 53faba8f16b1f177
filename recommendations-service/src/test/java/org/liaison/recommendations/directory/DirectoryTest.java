package org.liaison.recommendations.directory;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.EventJson;
import org.liaison.contracts.EventTypes;
import org.liaison.contracts.MeetingState;
import org.liaison.contracts.OrganizationState;
import org.liaison.contracts.PartialDate;
import org.liaison.contracts.Topics;
import org.liaison.infra.testing.CloudEventProducer;
import org.liaison.recommendations.RecommendationsTestResource;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** The directories follow both topics through the real broker, keeping the newest state of each aggregate. */
@QuarkusTest
@WithTestResource(RecommendationsTestResource.class)
class DirectoryTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void showsMeetingsWithTheirOrganizersCurrentNames() throws Exception {
        UUID dfr = UUID.randomUUID();
        UUID meeting = UUID.randomUUID();
        try (CloudEventProducer events = new CloudEventProducer(bootstrapServers)) {
            organization(events, new OrganizationState(dfr, 0, "department", "دائرة العلاقات الخارجية", null),
                    EventTypes.ORGANIZATION_REGISTERED);
            events.send(Topics.MEETINGS, meeting.toString(), UUID.randomUUID().toString(), EventTypes.MEETING_SCHEDULED,
                    "meeting/" + meeting, EventJson.mapper().writeValueAsString(new MeetingState(meeting, 0,
                            "annual_meeting", "الاجتماع السنوي لدائرة العلاقات الخارجية", null,
                            PartialDate.ofYear(2023), dfr)));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/directory/meetings/" + meeting)
                    .then().statusCode(200)
                    .body("date", equalTo("2023"))
                    .body("organizer.nameAr", equalTo("دائرة العلاقات الخارجية")));

            organization(events, new OrganizationState(dfr, 1, "department", "دائرة العلاقات الخارجية",
                    "Department of Foreign Relations"), EventTypes.ORGANIZATION_UPDATED);
            // An older state arriving late changes nothing.
            organization(events, new OrganizationState(dfr, 0, "department", "اسم قديم", null),
                    EventTypes.ORGANIZATION_REGISTERED);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/directory/meetings/" + meeting)
                    .then().statusCode(200).body("organizer.nameEn", equalTo("Department of Foreign Relations")));
            given().get("/directory/organizations/" + dfr).then().statusCode(200)
                    .body("version", equalTo(1)).body("nameAr", equalTo("دائرة العلاقات الخارجية"));
        }
    }

    @Test
    void anUnknownMeetingIsAProblem() {
        given().get("/directory/meetings/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static void organization(CloudEventProducer events, OrganizationState state, String type) throws Exception {
        events.send(Topics.ORGS, state.id().toString(), UUID.randomUUID().toString(), type,
                "organization/" + state.id(), EventJson.mapper().writeValueAsString(state));
    }
}
