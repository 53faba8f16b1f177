package org.liaison.meetings.status;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.liaison.contracts.AggregateTypes;
import org.liaison.meetings.meeting.MeetingService;
import org.liaison.meetings.meeting.MeetingView;
import org.liaison.meetings.model.Meeting;
import org.liaison.meetings.model.MeetingStatus;
import org.liaison.support.http.Preconditions;
import org.liaison.support.outbox.Outbox;
import org.liaison.support.security.CurrentActor;

import java.util.UUID;

import static org.liaison.support.text.Timestamps.now;

/** Moves a meeting along its life cycle ({@link StatusLifecycle}) and publishes what happened, in one transaction. */
@ApplicationScoped
@Transactional
public class MeetingStatusService {

    private final Outbox outbox;
    private final CurrentActor actor;
    private final MeetingService meetings;

    public MeetingStatusService(Outbox outbox, CurrentActor actor, MeetingService meetings) {
        this.outbox = outbox;
        this.actor = actor;
        this.meetings = meetings;
    }

    /**
     * @param ifMatch optional: the transition itself is checked against the current status, so a client that did
     *                not read the meeting first cannot undo anything; one that did may still name its version
     */
    public MeetingView change(UUID id, String ifMatch, MeetingStatus to) {
        Meeting meeting = MeetingService.require(id);
        actor.requireMayChange("meeting " + id, meeting.owners());
        if (ifMatch != null) {
            Preconditions.requireIfMatch(ifMatch, meeting.version);
        }
        StatusLifecycle.requireAllowed(meeting.status, to);
        meeting.status = to;
        meeting.updatedAt = now();
        outbox.append(StatusLifecycle.eventType(to), AggregateTypes.MEETING, meeting::toState);
        return meetings.view(meeting);
    }
}
