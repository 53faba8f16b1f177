package org.liaison.meetings.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.liaison.contracts.EnumCodes;

/** How people met. */
public enum MeetingMode {
    IN_PERSON, ONLINE, HYBRID;

    @JsonValue
    public String code() {
        return EnumCodes.code(this);
    }

    @JsonCreator
    public static MeetingMode fromCode(String code) {
        return EnumCodes.parse(MeetingMode.class, code);
    }
}
