package org.liaison.orgs.judgement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.liaison.contracts.EnumCodes;

/** A reviewer's answer about a pair of organisations that look alike. */
public enum Judgement {
    /** One body registered twice: judging so merges the right one into the left one. */
    SAME,
    /** Two bodies: the pair no longer comes up as a likely duplicate, and each may carry the other's names. */
    NOT_SAME,
    /** Not known yet: the pair stays listed, with the note. */
    UNSURE;

    @JsonValue
    public String code() {
        return EnumCodes.code(this);
    }

    @JsonCreator
    public static Judgement fromCode(String code) {
        return EnumCodes.parse(Judgement.class, code);
    }
}
