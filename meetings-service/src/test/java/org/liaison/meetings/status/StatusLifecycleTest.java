package org.liaison.meetings.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaison.contracts.EventTypes;
import org.liaison.meetings.model.MeetingStatus;
import org.liaison.support.problem.ProblemException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The life cycle as a table: every pair of statuses, allowed or not. */
class StatusLifecycleTest {

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
            "PLANNED, HELD, true", "PLANNED, POSTPONED, true", "PLANNED, CANCELLED, true", "PLANNED, PLANNED, false",
            "POSTPONED, PLANNED, true", "POSTPONED, HELD, false", "POSTPONED, CANCELLED, false",
            "POSTPONED, POSTPONED, false",
            "HELD, PLANNED, false", "HELD, POSTPONED, false", "HELD, CANCELLED, false", "HELD, HELD, false",
            "CANCELLED, PLANNED, false", "CANCELLED, HELD, false", "CANCELLED, POSTPONED, false",
            "CANCELLED, CANCELLED, false"})
    void allowsOnlyTheTransitionsThatMakeSense(MeetingStatus from, MeetingStatus to, boolean allowed) {
        assertEquals(allowed, StatusLifecycle.allows(from, to));
        if (!allowed) {
            ProblemException refused = assertThrows(ProblemException.class,
                    () -> StatusLifecycle.requireAllowed(from, to));
            assertEquals(409, refused.status());
        }
    }

    @Test
    void eachTransitionPublishesItsEvent() {
        assertEquals(EventTypes.MEETING_HELD, StatusLifecycle.eventType(MeetingStatus.HELD));
        assertEquals(EventTypes.MEETING_POSTPONED, StatusLifecycle.eventType(MeetingStatus.POSTPONED));
        assertEquals(EventTypes.MEETING_CANCELLED, StatusLifecycle.eventType(MeetingStatus.CANCELLED));
        assertEquals(EventTypes.MEETING_UPDATED, StatusLifecycle.eventType(MeetingStatus.PLANNED));
    }
}
