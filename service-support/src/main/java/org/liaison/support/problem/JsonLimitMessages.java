package org.liaison.support.problem;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * A client-facing sentence for a body that broke one of the JSON read limits (nesting depth, text length,
 * document length; see {@code StrictJson}). Jackson's own message names its internal getter, which means
 * nothing to a client, and the parser location, which the field path already gives.
 */
final class JsonLimitMessages {

    private JsonLimitMessages() {
    }

    static String of(StreamConstraintsException e) {
        String original = e.getOriginalMessage();
        if (original == null || original.isBlank()) {
            return "the body exceeds a size limit";
        }
        // "String value length (100001) exceeds the maximum allowed (100000, from
        // `StreamReadConstraints.getMaxStringLength()`)"
        return original.replaceAll(",? from `[^`]*`", "").strip();
    }
}
