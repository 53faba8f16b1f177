package org.liaison.support.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.hibernate.exception.ConstraintViolationException;
import org.liaison.support.problem.ProblemException;

import java.util.function.Supplier;

/** Inserting a record under a client-chosen id, for which a look-up first is not enough. */
public final class Inserts {

    private Inserts() {
    }

    /**
     * Persists and flushes {@code entity}; when another request inserted the same id since the caller looked
     * it up, the primary key refuses the row, and the caller's conflict answers instead of a 500.
     *
     * @param primaryKey the name of the table's primary key constraint, e.g. {@code person_pkey}
     */
    public static void persistNew(EntityManager entityManager, Object entity, String primaryKey,
                                  Supplier<ProblemException> taken) {
        entityManager.persist(entity);
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            if (violates(e, primaryKey)) {
                throw taken.get();
            }
            throw e;
        }
    }

    /** Whether a failed flush broke the named constraint. */
    public static boolean violates(Throwable e, String constraint) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null
                    && violation.getConstraintName().equalsIgnoreCase(constraint)) {
                return true;
            }
        }
        return false;
    }
}
