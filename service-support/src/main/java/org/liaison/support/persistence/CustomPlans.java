package org.liaison.support.persistence;

import jakarta.persistence.EntityManager;

/**
 * Queries planned for their own values. After five executions of a prepared statement the PostgreSQL driver gets the
 * server's generic plan, which is blind to the values bound: how common the searched word is, whose visibility
 * applies. For the meetings' text search that plan is the wrong one for common words (in the bench at 20,000 meetings
 * read by offices: p95 275 ms a page that way, 69 ms planned for its values). Not a rule for every query: the
 * organisations' name search got slower for rare words planned this way (p95 3 ms to 148 ms), so it is not used
 * there. Measure before using it.
 */
public final class CustomPlans {

    private CustomPlans() {
    }

    /** For the rest of the caller's transaction (a {@code SET LOCAL}: nothing outlives it). */
    public static void forThisTransaction(EntityManager entityManager) {
        entityManager.createNativeQuery("set local plan_cache_mode = force_custom_plan").executeUpdate();
    }
}
