package org.liaison.support.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionalException;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.AggregateState;
import org.liaison.contracts.EventTypes;
import org.liaison.support.messaging.MessagingTestResource;
import org.liaison.support.messaging.OutboxRows;
import org.liaison.support.messaging.TestState;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** An outbox row exists if and only if the transaction that wrote it commits. */
@QuarkusTest
@WithTestResource(MessagingTestResource.class)
class OutboxTest {

    static final String TYPE = EventTypes.PERSON_UPDATED;

    @Inject
    Outbox outbox;

    @Inject
    OutboxRows rows;

    @Inject
    EntityManager entityManager;

    @Test
    void writesOnlyInTheCallersTransaction() {
        UUID aggregate = UUID.randomUUID();
        assertThrows(TransactionalException.class,
                () -> outbox.append(TYPE, "person", () -> new TestState(aggregate, 0)));
        assertEquals(0, rows.countFor(aggregate));
    }

    @Test
    void aRolledBackTransactionLeavesNoRow() {
        UUID aggregate = UUID.randomUUID();
        QuarkusTransaction.begin();
        try {
            outbox.append(TYPE, "person", () -> new TestState(aggregate, 0));
            assertEquals(1, rowsInThisTransaction(aggregate), "written in the caller's transaction");
            assertEquals(0, (long) QuarkusTransaction.suspendingExisting().call(() -> rows.countFor(aggregate)),
                    "and invisible to the relay before it commits");
        } finally {
            QuarkusTransaction.rollback();
        }
        assertEquals(0, rows.countFor(aggregate));
    }

    @Test
    void appendAllWritesARowForEachAggregateInTheOrderGiven() {
        List<UUID> aggregates = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        List<Supplier<? extends AggregateState>> states = aggregates.stream()
                .<Supplier<? extends AggregateState>>map(aggregate -> () -> new TestState(aggregate, 3)).toList();
        QuarkusTransaction.requiringNew().run(() -> outbox.appendAll(TYPE, "person", states));

        assertEquals(aggregates, QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                        select aggregate_id from outbox_event where aggregate_id = any(?1) and aggregate_version = 3
                        order by seq""", UUID.class)
                .setParameter(1, aggregates.toArray(UUID[]::new)).getResultList()));
    }

    /** The uncommitted row is visible only inside its own transaction. */
    private long rowsInThisTransaction(UUID aggregate) {
        return ((Number) entityManager.createNativeQuery("select count(*) from outbox_event where aggregate_id = ?1")
                .setParameter(1, aggregate).getSingleResult()).longValue();
    }
}
