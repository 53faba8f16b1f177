package org.liaison.meetings.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.liaison.contracts.EnumCodes;

/** What a participant did at a meeting: a closed list that grows by adding constants here. */
public enum ParticipantRole {
    ORGANIZER, CO_HOST, CHAIR, SPEAKER, PARTICIPANT, OBSERVER, ENVOY, DELEGATION_HEAD;

    @JsonValue
    public String code() {
        return EnumCodes.code(this);
    }

    @JsonCreator
    public static ParticipantRole fromCode(String code) {
        return EnumCodes.parse(ParticipantRole.class, code);
    }
}
