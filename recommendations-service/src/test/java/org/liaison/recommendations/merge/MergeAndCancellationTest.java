package org.liaison.recommendations.merge;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.EventJson;
import org.liaison.contracts.EventTypes;
import org.liaison.contracts.OrganizationState;
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

/** The set follows what other services say: organisation merges (and their undoing), a cancelled adopting meeting. */
@QuarkusTest
@WithTestResource(RecommendationsTestResource.class)
class MergeAndCancellationTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aMergeOfTheIssuingOrganisationRewritesTheSetAndAnUnmergeRestoresIt() throws Exception {
        OrganizationState dfr = new OrganizationState(UUID.randomUUID(), 0, "department", "دائرة العلاقات الخارجية", null);
        OrganizationState duplicate = new OrganizationState(UUID.randomUUID(), 0, "department", "دائره العلاقات الخارجيه", null);
        UUID lead = Fixtures.organization("ممثلية");
        try (CloudEventProducer events = new CloudEventProducer(bootstrapServers)) {
            send(events, EventTypes.ORGANIZATION_REGISTERED, dfr);
            send(events, EventTypes.ORGANIZATION_REGISTERED, duplicate);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                    .get("/directory/organizations/" + duplicate.id()).then().statusCode(200));
            Map<String, Object> body = Fixtures.set(duplicate.id(), 2023);
            body.put("recommendations", List.of(Map.of("number", 1, "textAr", "أ", "leadOfficeId", lead.toString(),
                    "supportingOrganizationIds", List.of(duplicate.id().toString(), dfr.id().toString()))));
            Response set = Fixtures.adopt(body);
            String setId = set.path("id");
            String recommendation = Fixtures.recommendation(set, 1);

            send(events, EventTypes.ORGANIZATION_MERGED, duplicate.withMergedInto(dfr.id(), 1));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                    .get("/recommendation-sets/" + setId).then().statusCode(200)
                    .body("issuingOrganization.id", equalTo(dfr.id().toString())).header("ETag", "\"1\""));
            given().auth().oauth2(TestTokens.admin()).get("/recommendations/" + recommendation).then()
                    .body("supportingOrganizations.id", contains(dfr.id().toString()));
            given().auth().oauth2(TestTokens.admin()).get("/recommendation-sets?organizationId=" + duplicate.id())
                    .then().body("items.id", contains(setId));

            send(events, EventTypes.ORGANIZATION_UNMERGED, duplicate.withMergedInto(null, 2));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                    .get("/recommendation-sets/" + setId).then()
                    .body("issuingOrganization.id", equalTo(duplicate.id().toString())));
            given().auth().oauth2(TestTokens.admin()).get("/recommendations/" + recommendation).then()
                    .body("supportingOrganizations.id", contains(duplicate.id().toString(), dfr.id().toString()));
        }
    }

    @Test
    void flagsASetWhoseAdoptingMeetingWasCancelled() {
        UUID dfr = Fixtures.organization("دائرة العلاقات الخارجية");
        UUID meeting = Fixtures.meeting(dfr, "held", 0, List.of());
        Map<String, Object> body = Fixtures.set(dfr, 2023, "1", "أ");
        body.put("adoptingMeetingId", meeting.toString());
        String setId = Fixtures.adopt(body).then().body("adoptingMeetingCancelled", equalTo(false))
                .body("adoptingMeeting.status", equalTo("held")).extract().path("id");
        Fixtures.meeting(meeting, dfr, "cancelled", 1, List.of());
        given().auth().oauth2(TestTokens.reader(UUID.randomUUID())).get("/recommendation-sets/" + setId)
                .then().statusCode(200).body("adoptingMeetingCancelled", equalTo(true))
                .body("adoptingMeeting.titleAr", equalTo("الاجتماع السنوي لدائرة العلاقات الخارجية"));
    }

    private static void send(CloudEventProducer events, String type, OrganizationState state) throws Exception {
        events.send(Topics.ORGS, state.id().toString(), UUID.randomUUID().toString(), type,
                "organization/" + state.id(), EventJson.mapper().writeValueAsString(state));
    }
}
