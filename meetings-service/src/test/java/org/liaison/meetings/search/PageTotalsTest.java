package org.liaison.meetings.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liaison.meetings.MeetingsTestResource;
import org.liaison.support.paging.PageTotal;
import org.liaison.support.paging.PageTotals;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link PageTotals}: exact up to the bound (5 in the test profile), the planner's estimate beyond it, and that
 * estimate reused for the same query and values until it is older than {@code liaison.paging.estimate-max-age}.
 */
@QuarkusTest
@WithTestResource(MeetingsTestResource.class)
class PageTotalsTest {

    private static final String TABLE = "page_totals_test";
    private static final String FROM_WHERE = "from " + TABLE + " where n > ?1";

    @Inject
    EntityManager entityManager;

    @Inject
    PageTotals totals;

    @AfterEach
    void dropTable() {
        QuarkusTransaction.requiringNew().run(() ->
                entityManager.createNativeQuery("drop table if exists " + TABLE).executeUpdate());
    }

    @Test
    void anEstimateIsReusedForTheSameQueryAndValuesOnly() {
        rows(0, 200);
        PageTotal few = total(195);
        assertFalse(few.estimate());
        assertEquals(4, few.value());
        PageTotal first = total(0);
        assertTrue(first.estimate());
        assertTrue(first.value() > 100 && first.value() < 400, "the planner's estimate of 199: " + first.value());

        rows(200, 20_000);
        assertEquals(first.value(), total(0).value(), "the same query and values: the estimate already made");
        PageTotal other = total(-1);
        assertTrue(other.estimate());
        assertTrue(other.value() > 10_000, "other values: estimated again, from the new statistics: "
                + other.value());
    }

    /** Rows numbered {@code from} to {@code to} - 1, and the table analysed. */
    private void rows(int from, int to) {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("create table if not exists " + TABLE + " (n integer)").executeUpdate();
            entityManager.createNativeQuery("insert into " + TABLE + " select generate_series(?1, ?2)")
                    .setParameter(1, from).setParameter(2, to - 1).executeUpdate();
        });
        QuarkusTransaction.requiringNew().run(() ->
                entityManager.createNativeQuery("analyze " + TABLE).executeUpdate());
    }

    private PageTotal total(int above) {
        return QuarkusTransaction.requiringNew().call(() -> totals.count(FROM_WHERE, List.of(above)));
    }
}
