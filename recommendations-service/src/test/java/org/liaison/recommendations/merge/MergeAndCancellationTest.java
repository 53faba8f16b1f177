package org.liaison.recommendations.merge;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/** The set follows what other services say: organisation merges (and their undoing), a cancelled adopting meeting. */
@QuarkusTest
@WithTestResource(RecommendationsTestResource.class)
class MergeAndCancellationTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entityManager;

    @Test
    void aMergeOfTheIssuingOrganisationRewritesTheSetAndAnUnmergeRestoresIt() throws Exception {
        OrganizationState dfr = new OrganizationState(UUID.randomUUID(), 0, "department", "دائرة العلاقات الخارجية",
                null);
        OrganizationState duplicate = new OrganizationState(UUID.randomUUID(), 0, "department",
                "دائره العلاقات الخارجيه", null);
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

    /** An action led by a representation registered twice follows its merge, and its undoing. */
    @Test
    void aMergeOfAnActionsLeadMovesItAndAnUnmergeRestoresIt() throws Exception {
        UUID dfr = Fixtures.organization("دائرة العلاقات الخارجية");
        OrganizationState europe = new OrganizationState(UUID.randomUUID(), 0, "representation",
                "ممثلية الإدارة الذاتية في أوروبا", null);
        OrganizationState duplicate = new OrganizationState(UUID.randomUUID(), 0, "representation",
                "ممثليه الاداره الذاتيه في اوروبا", null);
        try (CloudEventProducer events = new CloudEventProducer(bootstrapServers)) {
            send(events, EventTypes.ORGANIZATION_REGISTERED, europe);
            send(events, EventTypes.ORGANIZATION_REGISTERED, duplicate);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                    .get("/directory/organizations/" + duplicate.id()).then().statusCode(200));
            Map<String, Object> body = Fixtures.set(dfr, 2023);
            body.put("recommendations", List.of(Map.of("number", 4, "textAr", "تطوير العلاقات والتحالفات")));
            String recommendation = Fixtures.recommendation(Fixtures.adopt(body), 4);
            String action = Fixtures.post(TestTokens.admin(), "/recommendations/" + recommendation + "/actions",
                    Map.of("titleAr", "لقاءات مع البرلمان الأوروبي", "leadOfficeId", duplicate.id().toString()))
                    .then().statusCode(201).extract().path("id");
            String path = "/recommendations/" + recommendation + "/actions/" + action;

            send(events, EventTypes.ORGANIZATION_MERGED, duplicate.withMergedInto(europe.id(), 1));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                    .get(path).then().statusCode(200).body("leadOffice.id", equalTo(europe.id().toString())));
            send(events, EventTypes.ORGANIZATION_UNMERGED, duplicate.withMergedInto(null, 2));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                    .get(path).then().body("leadOffice.id", equalTo(duplicate.id().toString())));
        }
    }

    @Test
    void aMergeMovesEveryReferenceOverSeveralBatchesAndAnnouncesEachRecommendationOnce() throws Exception {
        OrganizationState dfr = new OrganizationState(UUID.randomUUID(), 0, "department", "دائرة العلاقات الخارجية",
                null);
        OrganizationState duplicate = new OrganizationState(UUID.randomUUID(), 0, "department", "د. العلاقات الخارجية",
                null);
        try (CloudEventProducer events = new CloudEventProducer(bootstrapServers)) {
            send(events, EventTypes.ORGANIZATION_REGISTERED, dfr);
            send(events, EventTypes.ORGANIZATION_REGISTERED, duplicate);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                    .get("/directory/organizations/" + duplicate.id()).then().statusCode(200));
            Map<String, Object> body = Fixtures.set(dfr.id(), 2024);
            // Five recommendations led by the duplicate: three batches of two (the test profile's batch size).
            body.put("recommendations", IntStream.rangeClosed(1, 5).mapToObj(n -> Map.of("number", n,
                    "textAr", "توصية " + n, "leadOfficeId", duplicate.id().toString())).toList());
            Response set = Fixtures.adopt(body);
            List<String> recommendations = IntStream.rangeClosed(1, 5)
                    .mapToObj(n -> Fixtures.recommendation(set, n)).toList();

            long adopted = Long.parseLong(given().auth().oauth2(TestTokens.admin()).get("/recommendations/"
                    + recommendations.get(0)).then().statusCode(200).extract().header("ETag").replace("\"", ""));

            send(events, EventTypes.ORGANIZATION_MERGED, duplicate.withMergedInto(dfr.id(), 1));
            for (String recommendation : recommendations) {
                await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                        .get("/recommendations/" + recommendation).then().statusCode(200)
                        .body("leadOffice.id", equalTo(dfr.id().toString()))
                        .header("ETag", "\"" + (adopted + 1) + "\""));
            }
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                    .get("/admin/merge-jobs").then().statusCode(200)
                    .body("findAll { it.organizationId == '" + duplicate.id() + "' }", empty()));
            given().auth().oauth2(TestTokens.editor(UUID.randomUUID())).get("/admin/merge-jobs").then()
                    .statusCode(403);
            send(events, EventTypes.ORGANIZATION_UNMERGED, duplicate.withMergedInto(null, 2));
            for (String recommendation : recommendations) {
                await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                        .get("/recommendations/" + recommendation).then().statusCode(200)
                        .body("leadOffice.id", equalTo(duplicate.id().toString()))
                        .header("ETag", "\"" + (adopted + 2) + "\""));
                assertThat(updates(recommendation), contains(
                        (adopted + 1) + " " + dfr.id(), (adopted + 2) + " " + duplicate.id()));
            }
        }
    }

    /** The recommendation.updated events in the outbox for a recommendation, oldest first: "version leadOfficeId". */
    private List<String> updates(String recommendation) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                        select aggregate_version || ' ' || (payload ->> 'leadOfficeId') from outbox_event
                        where aggregate_id = ?1 and event_type = ?2 order by seq""", String.class)
                .setParameter(1, UUID.fromString(recommendation)).setParameter(2, EventTypes.RECOMMENDATION_UPDATED)
                .getResultList().stream().map(String.class::cast).toList());
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
