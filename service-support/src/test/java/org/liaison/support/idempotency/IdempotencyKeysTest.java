package org.liaison.support.idempotency;

import org.junit.jupiter.api.Test;
import org.liaison.support.problem.ProblemException;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdempotencyKeysTest {

    @Test
    void printableAsciiFrom1To255CharactersIsAKey() {
        assertTrue(IdempotencyKeys.isValid("8e03978e-40d5-43e8-bc93-6894a57f9324"));
        assertTrue(IdempotencyKeys.isValid("\"8e03978e-40d5-43e8-bc93-6894a57f9324\""));
        assertTrue(IdempotencyKeys.isValid("a"));
        assertTrue(IdempotencyKeys.isValid("x".repeat(255)));
        assertTrue(IdempotencyKeys.isValid("order 42/retry~1"));
    }

    @Test
    void emptyBlankTooLongOrNonAsciiIsNot() {
        assertFalse(IdempotencyKeys.isValid(null));
        assertFalse(IdempotencyKeys.isValid(""));
        assertFalse(IdempotencyKeys.isValid("   "));
        assertFalse(IdempotencyKeys.isValid("x".repeat(256)));
        assertFalse(IdempotencyKeys.isValid("مفتاح"));
        assertFalse(IdempotencyKeys.isValid("tab\there"));
        assertFalse(IdempotencyKeys.isValid("del\u007F"));
    }

    @Test
    void anInvalidKeyIs400NamingTheHeader() {
        ProblemException e = assertThrows(ProblemException.class, () -> IdempotencyKeys.requireValid("x".repeat(256)));
        assertEquals(400, e.status());
        assertEquals("Idempotency-Key", e.toProblem("/x").errors().get(0).field());
        assertDoesNotThrow(() -> IdempotencyKeys.requireValid("k1"));
    }
}
