package org.liaison.recommendations.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.liaison.contracts.EnumCodes;

/**
 * How one recommendation stands to another, read from the first to the second: 2023/8 {@code carried_over_to}
 * 2024/3; 2024/5 {@code repeats} 2023/2; 2024/1 {@code supersedes} 2023/1; 2023/4 {@code split_into} 2024/6;
 * 2024/7 {@code merged_from} 2023/6.
 */
public enum LineageRelation {
    CARRIED_OVER_TO, REPEATS, SUPERSEDES, SPLIT_INTO, MERGED_FROM;

    @JsonValue
    public String code() {
        return EnumCodes.code(this);
    }

    @JsonCreator
    public static LineageRelation fromCode(String code) {
        return EnumCodes.parse(LineageRelation.class, code);
    }

    /** Whether the link runs from an earlier year to a later one (the others run back). */
    public boolean forward() {
        return this == CARRIED_OVER_TO || this == SPLIT_INTO;
    }
}
