package org.liaison.support.persistence;

import jakarta.persistence.PersistenceException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

import java.net.ConnectException;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which failures mean "the database cannot be reached right now" (503, retried) and which do not. */
class DatabaseUnavailableTest {

    @Test
    void aRefusedConnectionWrappedByHibernateAndJpa() {
        PSQLException refused = new PSQLException("Connection to 127.0.0.1:5432 refused",
                PSQLState.CONNECTION_UNABLE_TO_CONNECT, new ConnectException("Connection refused"));
        SQLException pool = new SQLException("Unable to acquire JDBC Connection", refused);
        assertTrue(DatabaseUnavailable.causedBy(new PersistenceException("could not prepare statement", pool)));
    }

    @Test
    void aConnectionBrokenMidQuery() {
        assertTrue(DatabaseUnavailable.causedBy(new RuntimeException(
                new PSQLException("An I/O error occurred while sending to the backend.",
                        PSQLState.CONNECTION_FAILURE))));
    }

    @Test
    void hibernatesConnectionException() {
        assertTrue(DatabaseUnavailable.causedBy(new JDBCConnectionException("Unable to acquire JDBC Connection",
                new SQLException("broken", (String) null))));
    }

    @Test
    void theServerShuttingDownRestartingOrFull() {
        for (String state : new String[]{"57P01", "57P02", "57P03", "53300", "08000", "08003", "08006", "08001"}) {
            assertTrue(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("x", state))), state);
        }
    }

    @Test
    void aDatabaseThatRefusesWrites() {
        // what PostgreSQL answers an INSERT when the database was made read-only, and when it could not extend a file
        assertTrue(DatabaseUnavailable.causedBy(new PersistenceException(new SQLException(
                "ERROR: cannot execute INSERT in a read-only transaction", "25006"))));
        assertTrue(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException(
                "could not extend file \"base/16385/16389\": No space left on device", "53100"))));
    }

    @Test
    void agroalsAcquisitionTimeout() {
        assertTrue(DatabaseUnavailable.causedBy(
                new PersistenceException(new SQLException("Sorry, acquisition timeout!"))));
    }

    @Test
    void notAClientsOrTheSchemasFault() {
        // unique violation, a query cancelled by statement_timeout, a deadlock, a syntax error, other invalid
        // transaction states, out of memory
        for (String state : new String[]{"23505", "57014", "40P01", "42601", "57P04", "25001", "25P02", "53200"}) {
            assertFalse(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("x", state))), state);
        }
        assertFalse(DatabaseUnavailable.causedBy(new IllegalStateException("boom")));
        assertFalse(DatabaseUnavailable.causedBy(new SQLException("no state")));
    }

    @Test
    void aCauseCycleEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertFalse(DatabaseUnavailable.causedBy(a));
    }
}
