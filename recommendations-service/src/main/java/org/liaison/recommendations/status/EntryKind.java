package org.liaison.recommendations.status;

import com.fasterxml.jackson.annotation.JsonValue;
import org.liaison.contracts.EnumCodes;

/** A timeline entry either reports a status or adds evidence (a meeting, an article) leaving the status as it is. */
public enum EntryKind {
    STATUS_CHANGE, EVIDENCE;

    @JsonValue
    public String code() {
        return EnumCodes.code(this);
    }
}
