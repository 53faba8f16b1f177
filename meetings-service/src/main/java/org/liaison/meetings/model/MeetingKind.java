package org.liaison.meetings.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.liaison.contracts.EnumCodes;

/** What kind of meeting: a closed list that grows by adding constants here. */
public enum MeetingKind {
    EXPANDED_MEETING, CONFERENCE, ANNUAL_MEETING, BILATERAL, INTERNAL_MEETING, MEETING_WITH_ENVOYS, BRIEFING;

    @JsonValue
    public String code() {
        return EnumCodes.code(this);
    }

    @JsonCreator
    public static MeetingKind fromCode(String code) {
        return EnumCodes.parse(MeetingKind.class, code);
    }
}
