package org.liaison.orgs.merge;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.EventJson;
import org.liaison.contracts.PersonState;
import org.liaison.contracts.Topics;
import org.liaison.infra.testing.TestTokens;
import org.liaison.infra.testing.TopicReader;
import org.liaison.orgs.OrgsTestResource;
import org.liaison.orgs.person.PeopleFixtures;
import org.liaison.support.inbox.CloudEventRecords;
import org.liaison.support.inbox.IdempotentConsumer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The president of the Syrian Negotiation Commission registered twice, once as «بدر جاموس» from article 001 and once
 * in another spelling from a later article: merged into one person, the roles and names follow, and undoing the merge
 * gives them back. The events reach the broker as consumers read them.
 */
@QuarkusTest
@WithTestResource(OrgsTestResource.class)
class PersonMergeTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    TopicReader reader;

    @BeforeEach
    void subscribe() {
        reader = new TopicReader(bootstrapServers, Topics.ORGS);
    }

    @AfterEach
    void close() {
        reader.close();
    }

    @Test
    void aMergeMovesRolesAndNamesAndUndoingItGivesThemBack() throws Exception {
        String tag = PeopleFixtures.tag();
        UUID commission = PeopleFixtures.organization("negotiation_body", "هيئة التفاوض السورية");
        UUID winner = PeopleFixtures.person("بدر جاموس " + tag, "Badr Jamous " + tag);
        String loserName = "بدر الجاموس " + tag;
        UUID loser = PeopleFixtures.person(loserName, null);
        UUID role = PeopleFixtures.membership(loser, commission, "president", "");

        merge(winner, loser).statusCode(200).body("loserId", equalTo(loser.toString()))
                .body("movedMemberships", contains(role.toString()))
                .body("addedNames.name", contains(loserName))
                .body("mergedBy", notNullValue());
        given().auth().oauth2(TestTokens.admin()).redirects().follow(false).get("/people/" + loser).then()
                .statusCode(307).header("Location", endsWith("/people/" + winner))
                .body("mergedInto", equalTo(winner.toString()));
        person(winner).body("otherNames.name", hasItem(loserName))
                .body("roles.current.membershipId", contains(role.toString()));
        given().auth().oauth2(TestTokens.admin()).get("/memberships/" + role).then()
                .body("personId", equalTo(winner.toString()));
        search(loserName).body("items.id", contains(winner.toString()));

        PersonState merged = state(loser, "person.merged");
        assertEquals(winner, merged.mergedInto());
        assertEquals(winner.toString(), data(role, "membership.updated", "personId"));

        // The merged record stands for the winner: it is not changed, and new roles are recorded for the winner.
        PeopleFixtures.admin().header("If-Match", "\"1\"").body("{\"honorific\": \"د.\"}").patch("/people/" + loser)
                .then().statusCode(409).contentType("application/problem+json")
                .body("mergedInto", equalTo(winner.toString()));
        PeopleFixtures.admin().body("{\"personId\": \"%s\", \"organizationId\": \"%s\", \"role\": \"member\"}"
                .formatted(loser, commission)).post("/memberships").then().statusCode(422)
                .body("errors.field", hasItem("personId"));
        merge(winner, loser).statusCode(409).body("mergedInto", equalTo(winner.toString()));

        given().auth().oauth2(TestTokens.admin()).delete("/people/" + winner + "/merge/" + loser).then()
                .statusCode(200).body("undoneAt", notNullValue());
        given().auth().oauth2(TestTokens.admin()).redirects().follow(false).get("/people/" + loser).then()
                .statusCode(200).body("mergedInto", nullValue())
                .body("roles.current.membershipId", contains(role.toString()));
        person(winner).body("otherNames.name", not(hasItem(loserName))).body("roles.current", empty());
        search(loserName).body("items.id", contains(loser.toString()));
        assertNull(state(loser, "person.unmerged").mergedInto());
        given().auth().oauth2(TestTokens.reader(UUID.randomUUID())).get("/people/" + winner + "/merge").then()
                .statusCode(200).body("items.loserId", contains(loser.toString()))
                .body("items[0].mergedBy", nullValue());
    }

    @Test
    void refusesMergesThatCannotStand() {
        String tag = PeopleFixtures.tag();
        UUID winner = PeopleFixtures.person("أيمن أصفري " + tag, null);
        UUID loser = PeopleFixtures.person("أيمن الأصفري " + tag, null);
        merge(winner, winner).statusCode(422).body("errors.field", hasItem("personId"));
        merge(winner, UUID.randomUUID()).statusCode(422).body("errors.field", hasItem("personId"));
        merge(UUID.randomUUID(), loser).statusCode(404);
        PeopleFixtures.admin().body("{}").post("/people/" + winner + "/merge").then().statusCode(400)
                .body("errors.field", hasItem("personId"));
        given().auth().oauth2(TestTokens.reader(UUID.randomUUID())).contentType(ContentType.JSON)
                .body("{\"personId\": \"" + loser + "\"}").post("/people/" + winner + "/merge").then()
                .statusCode(403);
        given().auth().oauth2(TestTokens.admin()).delete("/people/" + winner + "/merge/" + loser).then()
                .statusCode(404);
    }

    private PersonState state(UUID person, String type) throws Exception {
        ConsumerRecord<String, String> record = reader.await(r -> r.key().equals(person.toString())
                && type.equals(header(r, "ce_type")), type + " of " + person, Duration.ofSeconds(15));
        return IdempotentConsumer.data(CloudEventRecords.read(record), PersonState.class);
    }

    private String data(UUID aggregate, String type, String field) throws Exception {
        ConsumerRecord<String, String> record = reader.await(r -> r.key().equals(aggregate.toString())
                && type.equals(header(r, "ce_type")), type + " of " + aggregate, Duration.ofSeconds(15));
        return EventJson.mapper().readTree(record.value()).path(field).asText();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static ValidatableResponse merge(UUID winner, UUID loser) {
        return PeopleFixtures.admin().body("{\"personId\": \"" + loser + "\"}").post("/people/" + winner + "/merge")
                .then();
    }

    private static ValidatableResponse person(UUID id) {
        return given().auth().oauth2(TestTokens.admin()).get("/people/" + id).then().statusCode(200);
    }

    private static ValidatableResponse search(String q) {
        return given().auth().oauth2(TestTokens.admin()).queryParam("q", q).get("/people").then().statusCode(200);
    }
}
