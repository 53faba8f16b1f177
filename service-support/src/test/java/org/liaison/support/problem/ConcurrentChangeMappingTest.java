package org.liaison.support.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleObjectStateException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Two updates with the same If-Match: the loser's version clash must read as 412, wherever it surfaces. */
class ConcurrentChangeMappingTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void aVersionClashAtFlushIs412() {
        Response response = mappers.concurrentChange(new OptimisticLockException("stale"), null);
        assertEquals(412, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
    }

    @Test
    void aVersionClashFoundAtCommitArrivesWrappedAndIsStill412() {
        RollbackException atCommit = new RollbackException("commit failed");
        atCommit.initCause(new StaleObjectStateException("Organization", "id"));
        Response response = mappers.unexpected(new RuntimeException("interceptor", atCommit), null);
        assertEquals(412, response.getStatus());
    }

    @Test
    void aDeadlockThatRolledTheRequestBackIs503WithRetryAfter() {
        RollbackException atCommit = new RollbackException("commit failed");
        atCommit.initCause(new PessimisticLockException("deadlock detected"));
        Response response = mappers.unexpected(new RuntimeException("interceptor", atCommit), null);
        assertEquals(503, response.getStatus());
        assertEquals("1", response.getHeaderString("Retry-After"));
    }

    @Test
    void anythingElseUnexpectedIs500() {
        assertEquals(500, mappers.unexpected(new IllegalStateException("boom"), null).getStatus());
    }

    @Test
    void aProblemsHeadersReachTheResponse() {
        ProblemException tooMany = new ProblemException(429, "Too Many Requests", "slow down", List.of(), Map.of(),
                Map.of("Retry-After", "3"));
        Response response = mappers.problem(tooMany, null);
        assertEquals(429, response.getStatus());
        assertEquals("3", response.getHeaderString("Retry-After"));
    }
}
