package org.liaison.recommendations.model;

import com.fasterxml.jackson.annotation.JsonValue;
import org.liaison.contracts.EnumCodes;

/**
 * A timeline entry reports a status, adds evidence (a meeting, an article) leaving the status as it is, or retracts
 * an evidence entry (which stays, marked retracted). Only status changes say where a recommendation stands.
 */
public enum EntryKind {
    STATUS_CHANGE, EVIDENCE, EVIDENCE_RETRACTED;

    @JsonValue
    public String code() {
        return EnumCodes.code(this);
    }
}
