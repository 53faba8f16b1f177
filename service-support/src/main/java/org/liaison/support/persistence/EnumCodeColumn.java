package org.liaison.support.persistence;

import jakarta.persistence.AttributeConverter;
import org.liaison.contracts.EnumCodes;

/**
 * Stores a closed list in a text column in the same form the API and the events use
 * ({@code civil_society_organization}), so the database reads like the JSON. A service declares one small
 * subclass per enum, since JPA converters need a no-argument constructor.
 */
public abstract class EnumCodeColumn<E extends Enum<E>> implements AttributeConverter<E, String> {

    private final Class<E> type;

    protected EnumCodeColumn(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : EnumCodes.code(value);
    }

    @Override
    public E convertToEntityAttribute(String code) {
        return code == null ? null : EnumCodes.parse(type, code);
    }
}
