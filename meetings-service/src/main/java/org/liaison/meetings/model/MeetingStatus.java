package org.liaison.meetings.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.liaison.contracts.EnumCodes;

/** Where a meeting stands; {@link org.liaison.meetings.status.StatusLifecycle} says which changes make sense. */
public enum MeetingStatus {
    PLANNED, HELD, POSTPONED, CANCELLED;

    @JsonValue
    public String code() {
        return EnumCodes.code(this);
    }

    @JsonCreator
    public static MeetingStatus fromCode(String code) {
        return EnumCodes.parse(MeetingStatus.class, code);
    }
}
