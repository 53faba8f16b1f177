package org.liaison.recommendations.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.liaison.contracts.EnumCodes;

/**
 * Where a recommendation stands; {@link org.liaison.recommendations.status.StatusLifecycle} says which changes make
 * sense.
 */
public enum RecommendationStatus {
    ADOPTED, PLANNED, IN_PROGRESS, IMPLEMENTED, PARTIALLY_IMPLEMENTED, NOT_IMPLEMENTED, DROPPED, CARRIED_OVER;

    @JsonValue
    public String code() {
        return EnumCodes.code(this);
    }

    @JsonCreator
    public static RecommendationStatus fromCode(String code) {
        return EnumCodes.parse(RecommendationStatus.class, code);
    }
}
