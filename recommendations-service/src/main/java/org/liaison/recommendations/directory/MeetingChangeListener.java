package org.liaison.recommendations.directory;

import org.liaison.contracts.MeetingState;

/**
 * What this service does when the meeting directory takes in a newer state of a meeting, called in the
 * transaction that records the event in the inbox: the effect commits exactly when the event counts as applied.
 * A redelivered or stale event calls nothing.
 */
public interface MeetingChangeListener {

    /** @param actor who caused the change, as the event says */
    void meetingChanged(MeetingState state, EventActor actor);
}
