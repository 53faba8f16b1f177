package org.liaison.orgs.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.EventJson;
import org.liaison.contracts.MembershipState;
import org.liaison.contracts.Topics;
import org.liaison.infra.testing.TopicReader;
import org.liaison.orgs.OrgsTestResource;
import org.liaison.orgs.person.PeopleFixtures;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaison.orgs.person.PeopleFixtures.admin;

/**
 * {@code membership.started}, {@code .updated} and {@code .ended} reach {@code orgs.events} through the outbox relay
 * with the member's kind: the Syrian American Council's membership of the American Coalition for Syria (article 001)
 * as an organisation's, د. بدر جاموس's presidency of the Negotiation Commission as a person's. Read back as the
 * contract's record, as consumers read it.
 */
@QuarkusTest
@WithTestResource(OrgsTestResource.class)
class MembershipEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

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
    void anOrganisationsMembershipIsPublishedWithItsKindThroughItsLife() throws Exception {
        UUID acs = PeopleFixtures.organization("coalition", "التحالف الأمريكي لأجل سوريا");
        UUID sac = PeopleFixtures.organization("civil_society_organization", "المجلس السوري الأمريكي");
        String id = admin().body("{\"memberOrganizationId\": \"%s\", \"organizationId\": \"%s\", \"role\": \"member\"}"
                .formatted(sac, acs)).post("/memberships").then().statusCode(201).extract().path("id");
        admin().header("If-Match", "\"0\"")
                .body("{\"sources\": [{\"publisher\": \"هيئة التفاوض السورية\", \"publishedOn\": \"2024-06-10\"}]}")
                .patch("/memberships/" + id).then().statusCode(200);
        admin().header("If-Match", "\"1\"").body("{\"endDate\": \"2024-06\"}").patch("/memberships/" + id)
                .then().statusCode(200);

        for (String type : new String[]{"membership.started", "membership.updated", "membership.ended"}) {
            ConsumerRecord<String, String> record = published(id, type);
            assertEquals("membership/" + id, header(record, "ce_subject"));
            JsonNode data = EventJson.mapper().readTree(record.value());
            assertEquals("organization", data.path("memberKind").asText(), type);
            assertEquals(sac.toString(), data.path("memberOrganizationId").asText(), type);
            assertTrue(data.path("personId").isNull(), type);
            MembershipState state = EventJson.mapper().treeToValue(data, MembershipState.class);
            assertEquals(MembershipState.ORGANIZATION, state.memberKind());
            assertEquals(acs, state.organizationId());
        }
        assertEquals("2024-06", EventJson.mapper().readTree(published(id, "membership.ended").value())
                .path("endDate").asText());
    }

    @Test
    void aPersonsRoleIsPublishedAsAPersons() throws Exception {
        UUID snc = PeopleFixtures.organization("negotiation_body", "هيئة التفاوض السورية");
        UUID jamous = PeopleFixtures.person("بدر جاموس", "Badr Jamous");
        String id = PeopleFixtures.membership(jamous, snc, "president", "").toString();

        MembershipState state = EventJson.mapper().treeToValue(
                EventJson.mapper().readTree(published(id, "membership.started").value()), MembershipState.class);
        assertEquals(MembershipState.PERSON, state.memberKind());
        assertEquals(jamous, state.personId());
        assertNull(state.memberOrganizationId());
    }

    private ConsumerRecord<String, String> published(String id, String type) {
        return reader.await(r -> id.equals(r.key()) && type.equals(header(r, "ce_type")), type + " of " + id, WAIT);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
