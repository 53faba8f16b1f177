package org.liaison.support.persistence;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Statement;

/**
 * Queries planned for their own values. After five executions of a prepared statement the PostgreSQL driver gets the
 * server's generic plan, which is blind to the values bound: how common the searched word is, whose visibility
 * applies. For the meetings' text search that plan is the wrong one for common words (in the bench at 20,000 meetings
 * read by offices: p95 275 ms a page that way, 69 ms planned for its values); for the organisations' name search it
 * sorted every match of a common word (8.7 ms a page, 0.5 ms planned for its values). Planning costs about a
 * millisecond each time, and a plan for values is only as good as the estimates behind it (the organisations' search
 * through its name rows got slower for rare words this way, 3 to 148 ms): measure before using it.
 */
public final class CustomPlans {

    private CustomPlans() {
    }

    /**
     * For the rest of the caller's transaction (a {@code SET LOCAL}: nothing outlives it).
     *
     * @param moreSettings other planner settings for the transaction ({@code name = value}, fixed text from code)
     */
    public static void forThisTransaction(EntityManager entityManager, String... moreSettings) {
        StringBuilder sql = new StringBuilder("set local plan_cache_mode = force_custom_plan");
        for (String setting : moreSettings) {
            sql.append("; set local ").append(setting);
        }
        // One plain statement: a native update through Hibernate also flushes and schedules cache invalidation.
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql.toString());
            }
        });
    }
}
