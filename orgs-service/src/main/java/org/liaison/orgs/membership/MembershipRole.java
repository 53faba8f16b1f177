package org.liaison.orgs.membership;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.liaison.contracts.EnumCodes;

/**
 * The role a person holds in an organisation: a closed list that grows by adding constants here. The words
 * of the source («مدير التخطيط السياسي والعلاقات الحكومية») go in the membership's free {@code label}.
 */
public enum MembershipRole {
    CO_CHAIR, PRESIDENT, EXECUTIVE_DIRECTOR, CO_DIRECTOR, DIRECTOR, BOARD_MEMBER, MEMBER, REPRESENTATIVE, SPOKESPERSON;

    @JsonValue
    public String code() {
        return EnumCodes.code(this);
    }

    @JsonCreator
    public static MembershipRole fromCode(String code) {
        return EnumCodes.parse(MembershipRole.class, code);
    }
}
