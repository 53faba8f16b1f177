package org.liaison.recommendations.directory;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.EventJson;
import org.liaison.contracts.EventTypes;
import org.liaison.contracts.OrganizationState;
import org.liaison.contracts.Topics;
import org.liaison.infra.testing.CloudEventProducer;
import org.liaison.infra.testing.TestTokens;
import org.liaison.recommendations.RecommendationsTestResource;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * The organisation directory shows a merge (the duplicate «مسـد» into the Syrian Democratic Council) and its undoing.
 */
@QuarkusTest
@WithTestResource(RecommendationsTestResource.class)
class MergedOrganizationDirectoryTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void showsMergedIntoWhileTheOrganisationIsMerged() throws Exception {
        OrganizationState sdc = new OrganizationState(UUID.randomUUID(), 0, "council", "مجلس سوريا الديمقراطية",
                "Syrian Democratic Council");
        OrganizationState duplicate = new OrganizationState(UUID.randomUUID(), 0, "council", "مسـد", null);
        try (CloudEventProducer events = new CloudEventProducer(bootstrapServers)) {
            send(events, EventTypes.ORGANIZATION_REGISTERED, sdc);
            send(events, EventTypes.ORGANIZATION_REGISTERED, duplicate);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> organization(duplicate.id())
                    .then().statusCode(200).body("version", equalTo(0)).body("mergedInto", nullValue()));

            send(events, EventTypes.ORGANIZATION_MERGED, duplicate.withMergedInto(sdc.id(), 1));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> organization(duplicate.id())
                    .then().statusCode(200).body("version", equalTo(1)).body("mergedInto", equalTo(sdc.id().toString()))
                    .body("nameAr", equalTo("مسـد")));
            organization(sdc.id()).then().statusCode(200).body("mergedInto", nullValue());

            send(events, EventTypes.ORGANIZATION_UNMERGED, duplicate.withMergedInto(null, 2));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> organization(duplicate.id())
                    .then().statusCode(200).body("version", equalTo(2)).body("mergedInto", nullValue()));
        }
    }

    private static io.restassured.response.Response organization(UUID id) {
        return given().auth().oauth2(TestTokens.admin()).get("/directory/organizations/" + id);
    }

    private static void send(CloudEventProducer events, String type, OrganizationState state) throws Exception {
        events.send(Topics.ORGS, state.id().toString(), UUID.randomUUID().toString(), type,
                "organization/" + state.id(), EventJson.mapper().writeValueAsString(state));
    }
}
