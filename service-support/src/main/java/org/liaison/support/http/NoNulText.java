package org.liaison.support.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

import java.io.IOException;

/**
 * Refuses text containing U+0000, which PostgreSQL cannot store in a text column: without this the request
 * would fail only at the database, as a server error, after validation had passed.
 */
final class NoNulText extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = super.deserialize(parser, context);
        if (text != null && text.indexOf('\u0000') >= 0) {
            return (String) context.handleWeirdStringValue(String.class, text,
                    "text must not contain the NUL character (U+0000)");
        }
        return text;
    }
}
