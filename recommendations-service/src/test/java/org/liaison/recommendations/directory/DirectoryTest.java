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
import org.liaison.infra.testing.TestTokens;
import org.liaison.recommendations.RecommendationsTestResource;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

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
                            PartialDate.ofYear(2023), dfr, false, List.of(dfr))));
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> given().auth().oauth2(TestTokens.admin()).get("/directory/meetings/" + meeting)
                    .then().statusCode(200)
                    .body("date", equalTo("2023"))
                    .body("organizer.nameAr", equalTo("دائرة العلاقات الخارجية")));

            organization(events, new OrganizationState(dfr, 1, "department", "دائرة العلاقات الخارجية",
                    "Department of Foreign Relations"), EventTypes.ORGANIZATION_UPDATED);
            // An older state arriving late changes nothing. A marker on the same key (so the same partition)
            // shows when the consumer has passed the stale record.
            organization(events, new OrganizationState(dfr, 0, "department", "اسم قديم", null),
                    EventTypes.ORGANIZATION_REGISTERED);
            UUID marker = UUID.randomUUID();
            events.send(Topics.ORGS, dfr.toString(), UUID.randomUUID().toString(), EventTypes.ORGANIZATION_REGISTERED,
                    "organization/" + marker, EventJson.mapper().writeValueAsString(
                            new OrganizationState(marker, 0, "office", "علامة", null)));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                    .get("/directory/organizations/" + marker).then().statusCode(200));
            given().auth().oauth2(TestTokens.admin()).get("/directory/meetings/" + meeting)
                    .then().statusCode(200).body("organizer.nameEn", equalTo("Department of Foreign Relations"));
            given().auth().oauth2(TestTokens.admin()).get("/directory/organizations/" + dfr).then().statusCode(200)
                    .body("version", equalTo(1)).body("nameAr", equalTo("دائرة العلاقات الخارجية"));
        }
    }

    @Test
    void aRestrictedMeetingShowsItsDetailsOnlyToThePartiesAndAdmins() throws Exception {
        UUID sdc = UUID.randomUUID();
        UUID meeting = UUID.randomUUID();
        try (CloudEventProducer events = new CloudEventProducer(bootstrapServers)) {
            organization(events, new OrganizationState(sdc, 0, "council", "مجلس سوريا الديمقراطية", null),
                    EventTypes.ORGANIZATION_REGISTERED);
            events.send(Topics.MEETINGS, meeting.toString(), UUID.randomUUID().toString(), EventTypes.MEETING_SCHEDULED,
                    "meeting/" + meeting, EventJson.mapper().writeValueAsString(new MeetingState(meeting, 0,
                            "internal_meeting", "اجتماع مع الأحزاب الأعضاء", null, PartialDate.parse("2024-06"), sdc,
                            true, List.of(sdc))));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(TestTokens.reader(sdc))
                    .get("/directory/meetings/" + meeting).then().statusCode(200)
                    .body("titleAr", equalTo("اجتماع مع الأحزاب الأعضاء"))
                    // The two topics are consumed independently: wait for the organisation too.
                    .body("organizer.nameAr", equalTo("مجلس سوريا الديمقراطية")));
        }
        given().auth().oauth2(TestTokens.reader(UUID.randomUUID())).get("/directory/meetings/" + meeting)
                .then().statusCode(200)
                .body("titleAr", nullValue())
                .body("redacted", equalTo(true))
                .body("date", equalTo("2024-06"))
                .body("organizer.nameAr", equalTo("مجلس سوريا الديمقراطية"));
        given().auth().oauth2(TestTokens.admin()).get("/directory/meetings/" + meeting)
                .then().statusCode(200).body("redacted", equalTo(false));
        given().get("/directory/meetings/" + meeting).then().statusCode(401);
    }

    @Test
    void anUnknownMeetingIsAProblem() {
        given().auth().oauth2(TestTokens.admin()).get("/directory/meetings/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static void organization(CloudEventProducer events, OrganizationState state, String type) throws Exception {
        events.send(Topics.ORGS, state.id().toString(), UUID.randomUUID().toString(), type,
                "organization/" + state.id(), EventJson.mapper().writeValueAsString(state));
    }
}
