package org.liaison.dashboard.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A subscription filtered by an organisation gets the membership events that name it on either side: the
 * American Coalition for Syria's subscriber and the Syrian American Council's both hear that the council is a
 * member of the coalition (article 001); a person's role, as written before organisations could be members, still
 * reaches its organisation's subscriber.
 */
class SubscriptionFilterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anOrganisationsMembershipReachesTheSubscribersOfBothSides() throws Exception {
        UUID acs = UUID.randomUUID();
        UUID sac = UUID.randomUUID();
        JsonNode data = JSON.readTree("""
                {"id": "%s", "version": 0, "personId": null, "organizationId": "%s", "role": "member",
                 "memberKind": "organization", "memberOrganizationId": "%s", "sources": []}"""
                .formatted(UUID.randomUUID(), acs, sac));
        assertTrue(filter(acs).matches("membership.started", "membership/x", data));
        assertTrue(filter(sac).matches("membership.started", "membership/x", data));
        assertFalse(filter(UUID.randomUUID()).matches("membership.started", "membership/x", data));
    }

    @Test
    void aPersonsRoleWithoutAMemberKindStillReachesItsOrganisation() throws Exception {
        UUID snc = UUID.randomUUID();
        JsonNode old = JSON.readTree("""
                {"id": "%s", "version": 1, "personId": "%s", "organizationId": "%s", "role": "president",
                 "sources": []}""".formatted(UUID.randomUUID(), UUID.randomUUID(), snc));
        assertTrue(filter(snc).matches("membership.updated", "membership/x", old));
    }

    private static SubscriptionFilter filter(UUID organizationId) {
        return new SubscriptionFilter(List.of("membership.*"), organizationId, null);
    }
}
