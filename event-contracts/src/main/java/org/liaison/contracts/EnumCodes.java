package org.liaison.contracts;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The JSON form of closed lists: {@code CIVIL_SOCIETY_ORGANIZATION} is written {@code civil_society_organization}. */
public final class EnumCodes {

    private EnumCodes() {
    }

    public static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the accepted codes */
    public static <E extends Enum<E>> E parse(Class<E> type, String code) {
        for (E value : type.getEnumConstants()) {
            if (code(value).equals(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown value '" + code + "'; one of "
                + Arrays.stream(type.getEnumConstants()).map(EnumCodes::code).collect(Collectors.joining(", ")));
    }
}
