package org.liaison.names;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ArabicOrdinalsTest {

    @Test
    void theOrdinalWordsInTheirSpellingsAreTheirValues() {
        assertEquals(1, ArabicOrdinals.valueOf("أولاً"));
        assertEquals(1, ArabicOrdinals.valueOf("اولا"));
        assertEquals(2, ArabicOrdinals.valueOf("ثانياً"));
        assertEquals(3, ArabicOrdinals.valueOf("ثالثا"));
        assertEquals(10, ArabicOrdinals.valueOf("عاشراً"));
    }

    @Test
    void otherTextIsNoOrdinal() {
        assertEquals(0, ArabicOrdinals.valueOf("أول"));
        assertEquals(0, ArabicOrdinals.valueOf("3"));
        assertEquals(0, ArabicOrdinals.valueOf(""));
        assertEquals(0, ArabicOrdinals.valueOf(null));
        assertEquals(0, ArabicOrdinals.valueOf("ثانياً".repeat(5)));
    }
}
