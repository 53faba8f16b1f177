package org.liaison.support.problem;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** PostgreSQL down or restarting: a 503 problem that tells the client when to retry, never a 500. */
class DatabaseUnavailableMappingTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void aRefusedConnectionIs503ProblemWithRetryAfter() {
        PersistenceException down = new PersistenceException("could not prepare statement",
                new JDBCConnectionException("Unable to acquire JDBC Connection",
                        new SQLException("Connection to 127.0.0.1:5432 refused", "08001")));
        Response response = mappers.unexpected(down, null);
        assertEquals(503, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        assertEquals(ProblemMappers.DATABASE_RETRY_AFTER_SECONDS, response.getHeaderString("Retry-After"));
        assertEquals(ProblemTypes.DATABASE_UNAVAILABLE, ((Problem) response.getEntity()).type());
    }

    @Test
    void aConnectionLostAtCommitIs503Too() throws Exception {
        RollbackException atCommit = new RollbackException("commit failed");
        atCommit.initCause(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        Response response = mappers.unexpected(new RuntimeException("interceptor", atCommit), null);
        assertEquals(503, response.getStatus());
    }

    @Test
    void aPoolThatLentNoConnectionInTimeIs503() {
        Response response = mappers.unexpected(
                new PersistenceException(new SQLException("Sorry, acquisition timeout!")), null);
        assertEquals(503, response.getStatus());
    }

    @Test
    void aDatabaseThatRefusesWritesIs503() {
        Response response = mappers.unexpected(new PersistenceException(
                new SQLException("cannot execute INSERT in a read-only transaction", "25006")), null);
        assertEquals(503, response.getStatus());
        assertEquals(ProblemMappers.DATABASE_RETRY_AFTER_SECONDS, response.getHeaderString("Retry-After"));
    }

    @Test
    void anotherDatabaseErrorIsStill500() {
        Response response = mappers.unexpected(new PersistenceException(new SQLException("syntax error", "42601")),
                null);
        assertEquals(500, response.getStatus());
    }
}
