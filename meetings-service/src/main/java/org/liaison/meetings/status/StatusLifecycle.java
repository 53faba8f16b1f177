package org.liaison.meetings.status;

import org.liaison.contracts.EventTypes;
import org.liaison.meetings.model.MeetingStatus;
import org.liaison.support.problem.Problem;
import org.liaison.support.problem.ProblemException;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.liaison.meetings.model.MeetingStatus.CANCELLED;
import static org.liaison.meetings.model.MeetingStatus.HELD;
import static org.liaison.meetings.model.MeetingStatus.PLANNED;
import static org.liaison.meetings.model.MeetingStatus.POSTPONED;

/**
 * The life cycle of a meeting: planned → held, planned → postponed → planned, planned → cancelled. Held and
 * cancelled are final: a meeting that took place cannot be called off, and one called off that happens after
 * all is a new meeting (recorded with {@code followUpOf}). A meeting may be recorded directly as held (the
 * articles mostly report meetings after the fact); after that, only these transitions change it.
 */
public final class StatusLifecycle {

    private static final Map<MeetingStatus, Set<MeetingStatus>> NEXT = Map.of(
            PLANNED, EnumSet.of(HELD, POSTPONED, CANCELLED),
            POSTPONED, EnumSet.of(PLANNED),
            HELD, EnumSet.noneOf(MeetingStatus.class),
            CANCELLED, EnumSet.noneOf(MeetingStatus.class));

    private StatusLifecycle() {
    }

    public static boolean allows(MeetingStatus from, MeetingStatus to) {
        return NEXT.get(from).contains(to);
    }

    /** @throws ProblemException 409 naming the current status and the ones it may go to */
    public static void requireAllowed(MeetingStatus from, MeetingStatus to) {
        if (!allows(from, to)) {
            throw ProblemException.conflict("a " + from.code() + " meeting cannot become " + to.code()
                    + (NEXT.get(from).isEmpty() ? "; " + from.code() + " is final"
                    : "; it may become "
                            + String.join(" or ", NEXT.get(from).stream().map(MeetingStatus::code).toList())),
                    new Problem.FieldError("status", "cannot go from "
                            + from.code() + " to " + to.code()),
                    Map.of("currentStatus", from.code()));
        }
    }

    /** The event a change to {@code to} publishes; back to planned (after a postponement) is an update. */
    public static String eventType(MeetingStatus to) {
        return switch (to) {
            case HELD -> EventTypes.MEETING_HELD;
            case POSTPONED -> EventTypes.MEETING_POSTPONED;
            case CANCELLED -> EventTypes.MEETING_CANCELLED;
            case PLANNED -> EventTypes.MEETING_UPDATED;
        };
    }
}
