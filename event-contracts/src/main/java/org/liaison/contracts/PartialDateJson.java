package org.liaison.contracts;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import java.io.IOException;

/**
 * A partial date is read from its one JSON form, a string ({@code "2024-06"}); without this Jackson would
 * also build the record from an object ({@code {"year": 2024, "month": 6}}), an undocumented second form.
 */
final class PartialDateJson extends StdDeserializer<PartialDate> {

    PartialDateJson() {
        super(PartialDate.class);
    }

    @Override
    public PartialDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return (PartialDate) context.handleUnexpectedToken(PartialDate.class, parser);
        }
        String text = parser.getText();
        try {
            return PartialDate.parse(text);
        } catch (IllegalArgumentException e) {
            return (PartialDate) context.handleWeirdStringValue(PartialDate.class, text, e.getMessage());
        }
    }
}
