package org.liaison.orgs.organization;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.liaison.contracts.EnumCodes;

/** How an organisation stands to its parent: a closed list that grows by adding constants here. */
public enum ParentRelation {
    OFFICE_OF, DEPARTMENT_OF, REPRESENTATION_OF, SET_UP_UNDER, UNIT_OF;

    @JsonValue
    public String code() {
        return EnumCodes.code(this);
    }

    @JsonCreator
    public static ParentRelation fromCode(String code) {
        return EnumCodes.parse(ParentRelation.class, code);
    }
}
