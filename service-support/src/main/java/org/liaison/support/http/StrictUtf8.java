package org.liaison.support.http;

import org.liaison.support.problem.ProblemException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Checks that a request body is well-formed UTF-8. Jackson's own decoder accepts overlong forms (C0 AF
 * read as "/"), the classic way to slip a character past a filter; the JDK's decoder refuses them.
 */
final class StrictUtf8 {

    private StrictUtf8() {
    }

    static void require(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw ProblemException.badRequest("the body is not well-formed UTF-8");
        }
    }
}
