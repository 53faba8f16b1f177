package org.liaison.recommendations.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaison.recommendations.model.RecommendationStatus;
import org.liaison.support.problem.ProblemException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The allowed status changes of a recommendation, as a plain state machine. */
class StatusLifecycleTest {

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
            "ADOPTED, PLANNED, true", "ADOPTED, IN_PROGRESS, true", "ADOPTED, IMPLEMENTED, true",
            "PLANNED, IN_PROGRESS, true", "IN_PROGRESS, IN_PROGRESS, true", "IN_PROGRESS, PARTIALLY_IMPLEMENTED, true",
            "PARTIALLY_IMPLEMENTED, IN_PROGRESS, true", "NOT_IMPLEMENTED, CARRIED_OVER, true",
            "IN_PROGRESS, ADOPTED, false", "IN_PROGRESS, PLANNED, false", "PLANNED, PLANNED, false",
            "ADOPTED, ADOPTED, false", "NOT_IMPLEMENTED, IN_PROGRESS, false", "IMPLEMENTED, IN_PROGRESS, false",
            "DROPPED, PLANNED, false", "CARRIED_OVER, IMPLEMENTED, false"})
    void allows(RecommendationStatus from, RecommendationStatus to, boolean allowed) {
        assertEquals(allowed, StatusLifecycle.allows(from, to));
    }

    @Test
    void finalStatusesGoNowhere() {
        for (RecommendationStatus to : RecommendationStatus.values()) {
            assertFalse(StatusLifecycle.allows(RecommendationStatus.IMPLEMENTED, to));
            assertFalse(StatusLifecycle.allows(RecommendationStatus.DROPPED, to));
            assertFalse(StatusLifecycle.allows(RecommendationStatus.CARRIED_OVER, to));
        }
        assertTrue(StatusLifecycle.isFinal(RecommendationStatus.CARRIED_OVER));
    }

    @Test
    void aRefusalIsAConflictNamingTheStatus() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> StatusLifecycle.requireAllowed(RecommendationStatus.IMPLEMENTED,
                        RecommendationStatus.IN_PROGRESS));
        assertEquals(409, e.status());
        assertTrue(e.getMessage().contains("implemented is final"), e.getMessage());
    }
}
