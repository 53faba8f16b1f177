package org.liaison.meetings.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.liaison.meetings.MeetingsTestResource;
import org.liaison.support.persistence.CustomPlans;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link CustomPlans#select}, which runs the meetings' search page: its parameters bound by their numbers whatever
 * their order in the text, planned for their values at every execution (never a server-side prepared statement,
 * whose generic plan is blind to them), its settings for the rest of the transaction only.
 */
@QuarkusTest
@WithTestResource(MeetingsTestResource.class)
class CustomPlansTest {

    /** Marks the statement so that the server's list of prepared statements can be searched for it. */
    private static final String MARKED = "select /* custom-plans-test */ cast(?1 as text), cast(?2 as integer)";

    @Inject
    EntityManager entityManager;

    @Test
    void parametersAreBoundByTheirNumbersInAnyOrderOfTheText() {
        UUID id = UUID.randomUUID();
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> CustomPlans.select(entityManager,
                "select cast(?3 as date), ?1, cast(?2 as text), cast(?4 as timestamptz) = ?4",
                List.of(id, "second", LocalDate.of(2023, 3, 22), Instant.parse("2023-03-22T10:00:00Z"))));
        assertEquals(1, rows.size());
        assertEquals(List.of(Date.valueOf(LocalDate.of(2023, 3, 22)), id, "second", true),
                Arrays.asList(rows.get(0)));
    }

    @Test
    void theStatementIsNeverPreparedOnTheServer() {
        // The driver prepares a statement on the server at its fifth execution on a connection, by default.
        long prepared = QuarkusTransaction.requiringNew().call(() -> {
            for (int i = 0; i < 8; i++) {
                assertEquals("x" + i, CustomPlans.select(entityManager, MARKED, List.of("x" + i, i)).get(0)[0]);
            }
            return ((Number) entityManager.createNativeQuery("select count(*) from pg_prepared_statements"
                    + " where statement like '%custom-plans-test%'").getSingleResult()).longValue();
        });
        assertEquals(0, prepared);
    }

    @Test
    void settingsHoldForTheRestOfTheTransactionOnly() {
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals("off", CustomPlans.select(entityManager, "select current_setting('enable_hashjoin')",
                    List.of(), "enable_hashjoin = off").get(0)[0]);
            assertEquals("off", entityManager.createNativeQuery("select current_setting('enable_hashjoin')")
                    .getSingleResult());
        });
        QuarkusTransaction.requiringNew().run(() -> assertEquals("on", entityManager.createNativeQuery(
                "select current_setting('enable_hashjoin')").getSingleResult()));
    }
}
