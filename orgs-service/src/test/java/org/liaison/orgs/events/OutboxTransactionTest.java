package org.liaison.orgs.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.OrganizationKind;
import org.liaison.orgs.OrgsTestResource;
import org.liaison.orgs.TestNames;
import org.liaison.orgs.organization.Organization;
import org.liaison.orgs.organization.OrganizationRequests;
import org.liaison.orgs.organization.OrganizationService;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** An outbox row is written if and only if the change's transaction commits. */
@QuarkusTest
@WithTestResource(OrgsTestResource.class)
@TestSecurity(user = "test-admin", roles = "admin")
class OutboxTransactionTest {

    @Inject
    OrganizationService organizations;

    @Inject
    OutboxRows outbox;

    @Test
    void aRolledBackChangeLeavesNoEvent() {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.begin();
        organizations.register(OrganizationRequests.Register.named(id, OrganizationKind.OFFICE,
                TestNames.unique("مكتب العلاقات العامة"), null, false));
        assertEquals(1, pendingInThisTransaction(id), "the event is written inside the change's transaction");
        assertEquals(0, (long) QuarkusTransaction.suspendingExisting().call(() -> outbox.countFor(id)),
                "and is invisible to the relay before commit");
        QuarkusTransaction.rollback();

        assertEquals(0, outbox.countFor(id));
        assertNull(QuarkusTransaction.requiringNew().call(() -> Organization.findById(id)));
    }

    @Test
    void aCommittedChangeLeavesExactlyOneEvent() {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> organizations.register(
                OrganizationRequests.Register.named(id, OrganizationKind.DEPARTMENT,
                        TestNames.unique("دائرة العلاقات الخارجية"), null, false)));
        assertEquals(1, outbox.countFor(id));

        QuarkusTransaction.requiringNew().run(() -> organizations.update(id, "\"0\"",
                OrganizationRequests.Update.names(null, "دائرة العلاقات الخارجية في الإدارة الذاتية", null)));
        assertEquals(2, outbox.countFor(id));
    }

    @Test
    void anUpdateThatChangesNothingPublishesNothing() {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> organizations.register(
                OrganizationRequests.Register.named(id, OrganizationKind.PLATFORM, "الذاكرة السورية", "Syrian Memory",
                        true)));
        QuarkusTransaction.requiringNew().run(() -> organizations.update(id, "\"0\"",
                OrganizationRequests.Update.names(OrganizationKind.PLATFORM, "الذاكرة السورية", "Syrian Memory")));
        assertEquals(1, outbox.countFor(id));
    }

    /** The uncommitted row is visible only inside its own transaction, through the same connection. */
    private static long pendingInThisTransaction(UUID id) {
        return ((Number) Organization.getEntityManager()
                .createNativeQuery("select count(*) from outbox_event where aggregate_id = ?1")
                .setParameter(1, id).getSingleResult()).longValue();
    }
}
