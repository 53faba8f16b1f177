package org.liaison.recommendations.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.liaison.contracts.EnumCodes;

/** Where an action stands: done is 100 percent; a dropped action leaves its recommendation's progress. */
public enum ActionStatus {
    PLANNED, IN_PROGRESS, DONE, DROPPED;

    @JsonValue
    public String code() {
        return EnumCodes.code(this);
    }

    @JsonCreator
    public static ActionStatus fromCode(String code) {
        return EnumCodes.parse(ActionStatus.class, code);
    }
}
