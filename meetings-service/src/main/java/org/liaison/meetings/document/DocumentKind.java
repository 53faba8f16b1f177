package org.liaison.meetings.document;

import com.fasterxml.jackson.annotation.JsonValue;
import org.liaison.contracts.EnumCodes;

/** What a document of meetings is: a closed list that grows by adding constants here (and to its JSON schema). */
public enum DocumentKind {
    WORKING_PAPER, FINAL_STATEMENT, MINUTES, LETTER;

    @JsonValue
    public String code() {
        return EnumCodes.code(this);
    }

    public static DocumentKind fromCode(String code) {
        return EnumCodes.parse(DocumentKind.class, code);
    }
}
