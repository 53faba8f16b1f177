package org.liaison.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What kind of body an organisation is: a closed list that grows by adding constants here. orgs-service keeps it on
 * organisations; meetings-service on groups of participants it does not name one by one.
 */
public enum OrganizationKind {
    COUNCIL, NEGOTIATION_BODY, COALITION, POLITICAL_PARTY, CIVIL_SOCIETY_ORGANIZATION, OFFICE, DEPARTMENT,
    REPRESENTATION, PLATFORM, INITIATIVE, ADMINISTRATION;

    @JsonValue
    public String code() {
        return EnumCodes.code(this);
    }

    @JsonCreator
    public static OrganizationKind fromCode(String code) {
        return EnumCodes.parse(OrganizationKind.class, code);
    }
}
