package org.liaison.support.inbox;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A consumer retries the database being away without limit; anything else goes to the dead-letter topic in the end. */
class TransientFailuresTest {

    @Test
    void agroalsAcquisitionTimeoutIsTransient() {
        // no SQLState, no cause: the pool lent no connection in time while PostgreSQL restarted
        assertTrue(TransientFailures.isTransient(
                new PersistenceException(new SQLException("Sorry, acquisition timeout!"))));
    }

    @Test
    void aRefusedConnectionAndADeadlockAreTransient() {
        assertTrue(TransientFailures.isTransient(new RuntimeException(new SQLException("refused", "08001"))));
        assertTrue(TransientFailures.isTransient(new RuntimeException(new SQLException("deadlock", "40P01"))));
    }

    @Test
    void aDatabaseMadeReadOnlyOrOutOfDiskIsTransient() {
        // a valid event refused for these must wait for the database, never go to the dead-letter topic (fault F11)
        assertTrue(TransientFailures.isTransient(new PersistenceException(
                new SQLException("cannot execute INSERT in a read-only transaction", "25006"))));
        assertTrue(TransientFailures.isTransient(new PersistenceException(
                new SQLException("could not extend file: No space left on device", "53100"))));
    }

    @Test
    void aConstraintViolationIsNot() {
        assertFalse(TransientFailures.isTransient(new RuntimeException(new SQLException("duplicate", "23505"))));
    }
}
