package org.liaison.orgs.membership;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.liaison.contracts.EnumCodes;

/**
 * What a membership's member is: a person holding a role, or an organisation belonging to another. The codes are
 * those of the events' {@code memberKind} ({@code MembershipState.PERSON}, {@code .ORGANIZATION}).
 */
public enum MemberKind {
    PERSON, ORGANIZATION;

    @JsonValue
    public String code() {
        return EnumCodes.code(this);
    }

    @JsonCreator
    public static MemberKind fromCode(String code) {
        return EnumCodes.parse(MemberKind.class, code);
    }
}
