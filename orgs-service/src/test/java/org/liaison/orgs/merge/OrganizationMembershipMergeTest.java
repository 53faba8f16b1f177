package org.liaison.orgs.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.EventTypes;
import org.liaison.orgs.OrgsTestResource;
import org.liaison.orgs.person.OutboxEvents;
import org.liaison.orgs.person.PeopleFixtures;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.liaison.orgs.person.PeopleFixtures.admin;

/**
 * A merge moves organisations' memberships on both sides (in the merged record, and the merged record's own
 * memberships of others), keeps those between the two records where they were, and undoing it restores each
 * membership exactly. The bodies are those of article 001: the American Coalition for Syria, under whose umbrella
 * the Syrian American Council works, each registered twice by mistake.
 */
@QuarkusTest
@WithTestResource(OrgsTestResource.class)
class OrganizationMembershipMergeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    OutboxEvents events;

    @Test
    void membershipsInTheMergedRecordMoveAndThoseBetweenTheTwoRecordsStayAsTheyWere() {
        UUID acs = PeopleFixtures.organization("coalition", "التحالف الأمريكي لأجل سوريا");
        UUID twice = PeopleFixtures.organization("coalition", "التحالف الأمريكي لأجل سوريا");
        UUID sac = PeopleFixtures.organization("civil_society_organization", "المجلس السوري الأمريكي");
        UUID ghanem = PeopleFixtures.person("محمد علاء غانم", "Mohammed Alaa Ghanem");
        UUID director = PeopleFixtures.membership(ghanem, twice, "director", "");
        UUID umbrella = organizationMembership(sac, twice, "member");
        // What a duplicate record can lead to: each record entered as a member of the other.
        UUID twiceInAcs = organizationMembership(twice, acs, "member");
        UUID acsInTwice = organizationMembership(acs, twice, "observer");
        List<JsonNode> before = states(director, umbrella, twiceInAcs, acsInTwice);

        merge(acs, twice).statusCode(200)
                .body("movedMemberships", containsInAnyOrder(director.toString(), umbrella.toString()))
                .body("movedMemberOf", empty())
                .body("keptMemberships", containsInAnyOrder(twiceInAcs.toString(), acsInTwice.toString()));

        admin().get("/memberships/" + umbrella).then()
                .body("organizationId", equalTo(acs.toString()))
                .body("memberOrganizationId", equalTo(sac.toString()));
        admin().get("/organizations/" + acs + "/members").then()
                .body("items.membershipId", containsInAnyOrder(director.toString(), umbrella.toString()));
        admin().get("/organizations/" + acs + "/memberships-of").then().body("items", empty());
        admin().get("/organizations/" + sac + "/memberships-of").then()
                .body("items.organization.id", contains(acs.toString()));
        // The kept ones still point at the merged record, unchanged and unannounced.
        assertEquals(before.get(2), state(twiceInAcs));
        assertEquals(before.get(3), state(acsInTwice));
        assertEquals(List.of(EventTypes.MEMBERSHIP_STARTED), events.types(twiceInAcs));
        OutboxEvents.Event moved = last(events.of(umbrella));
        assertEquals(EventTypes.MEMBERSHIP_UPDATED, moved.type());
        assertEquals(acs.toString(), moved.data().path("organizationId").asText());
        assertEquals("organization", moved.data().path("memberKind").asText());

        admin().delete("/organizations/" + acs + "/merge/" + twice).then().statusCode(200);
        List<JsonNode> after = states(director, umbrella, twiceInAcs, acsInTwice);
        for (int i = 0; i < before.size(); i++) {
            assertEquals(withoutVersion(before.get(i)), withoutVersion(after.get(i)));
        }
        assertEquals(before.get(2), after.get(2));
        assertEquals(before.get(3), after.get(3));
        admin().get("/organizations/" + acs + "/members").then()
                .body("items.membershipId", contains(twiceInAcs.toString()));
        admin().get("/organizations/" + twice + "/members").then()
                .body("items.membershipId", contains(director.toString(), umbrella.toString(), acsInTwice.toString()));
        assertEquals(twice.toString(), last(events.of(umbrella)).data().path("organizationId").asText());
    }

    @Test
    void theMergedRecordsOwnMembershipsMoveToTheWinnerAndBack() {
        UUID acs = PeopleFixtures.organization("coalition", "التحالف الأمريكي لأجل سوريا");
        UUID sac = PeopleFixtures.organization("civil_society_organization", "المجلس السوري الأمريكي");
        UUID twice = PeopleFixtures.organization("civil_society_organization", "المجلس السوري الأمريكي");
        UUID umbrella = organizationMembership(twice, acs, "member");
        JsonNode before = state(umbrella);

        merge(sac, twice).statusCode(200)
                .body("movedMemberOf", contains(umbrella.toString()))
                .body("movedMemberships", empty())
                .body("keptMemberships", empty());
        admin().get("/organizations/" + sac + "/memberships-of").then()
                .body("items.membershipId", contains(umbrella.toString()))
                .body("items[0].member.id", equalTo(sac.toString()));
        admin().get("/organizations/" + acs + "/members").then().body("items.member.id", contains(sac.toString()));
        OutboxEvents.Event moved = last(events.of(umbrella));
        assertEquals(EventTypes.MEMBERSHIP_UPDATED, moved.type());
        assertEquals(sac.toString(), moved.data().path("memberOrganizationId").asText());

        admin().delete("/organizations/" + sac + "/merge/" + twice).then().statusCode(200);
        assertEquals(withoutVersion(before), withoutVersion(state(umbrella)));
        admin().get("/organizations/" + sac + "/memberships-of").then().body("items", empty());
        admin().get("/organizations/" + twice + "/memberships-of").then()
                .body("items.membershipId", contains(umbrella.toString()));
        assertEquals(twice.toString(), last(events.of(umbrella)).data().path("memberOrganizationId").asText());
    }

    private static UUID organizationMembership(UUID member, UUID organization, String role) {
        return UUID.fromString(admin()
                .body("{\"memberOrganizationId\": \"%s\", \"organizationId\": \"%s\", \"role\": \"%s\"}"
                        .formatted(member, organization, role))
                .post("/memberships").then().statusCode(201).extract().path("id"));
    }

    private static ValidatableResponse merge(UUID winner, UUID loser) {
        return admin().body("{\"organizationId\": \"" + loser + "\"}").post("/organizations/" + winner + "/merge")
                .then();
    }

    private static List<JsonNode> states(UUID... ids) {
        return Arrays.stream(ids).map(OrganizationMembershipMergeTest::state).toList();
    }

    private static JsonNode state(UUID id) {
        try {
            return JSON.readTree(admin().get("/memberships/" + id).then().statusCode(200).extract().asString());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** What a membership says, without what every change moves: its version and the time of the change. */
    private static JsonNode withoutVersion(JsonNode state) {
        ObjectNode copy = state.deepCopy();
        copy.remove(List.of("version", "updatedAt"));
        return copy;
    }

    private static OutboxEvents.Event last(List<OutboxEvents.Event> events) {
        return events.get(events.size() - 1);
    }
}
