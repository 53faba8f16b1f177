package org.liaison.support.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.liaison.contracts.PartialDate;

/** Stores a partial date as its text ({@code 2024}, {@code 2024-06}, {@code 2024-06-10}), keeping its precision. */
@Converter
public class PartialDateColumn implements AttributeConverter<PartialDate, String> {

    @Override
    public String convertToDatabaseColumn(PartialDate date) {
        return date == null ? null : date.toString();
    }

    @Override
    public PartialDate convertToEntityAttribute(String text) {
        return text == null ? null : PartialDate.parse(text);
    }
}
