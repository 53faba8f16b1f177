package org.liaison.names;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameKeysTest {

    @Nested
    @DisplayName("null in, null out; blank in, empty out")
    class NullAndBlank {
        @Test
        void nullGivesNull() {
            assertNull(ArabicNames.display(null));
            assertNull(ArabicNames.searchKey(null));
            assertNull(ArabicNames.compactKey(null));
            assertNull(ArabicNames.latinKey(null));
            assertNull(NameKeys.of(null));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "\t\n", "\u00A0\u3000", "\u200F\u200E", "\uFEFF", " \u202B \u202C "})
        void blankGivesEmpty(String blank) {
            assertEquals("", ArabicNames.display(blank));
            assertEquals("", ArabicNames.searchKey(blank));
            assertEquals("", ArabicNames.compactKey(blank));
            assertEquals("", ArabicNames.latinKey(blank));
            assertEquals(new NameKeys("", "", "", "", ArabicNames.KEY_VERSION), NameKeys.of(blank));
        }

        @ParameterizedTest
        @ValueSource(strings = {"«»", "ـ", "...", "\u064E\u0651"})
        void onlyPunctuationOrMarksGivesEmptyKeys(String text) {
            assertEquals("", ArabicNames.searchKey(text));
            assertEquals("", ArabicNames.compactKey(text));
        }
    }

    @Nested
    @DisplayName("NameKeys.of computes every form with the current version")
    class Of {
        @Test
        void allForms() {
            NameKeys keys = NameKeys.of(" \u200Fعبد الرَّحمن   الحاج ");
            assertEquals("عبد الرَّحمن الحاج", keys.display());
            assertEquals("عبد الرحمن الحاج", keys.searchKey());
            assertEquals("عبدالرحمن الحاج", keys.compactKey());
            assertEquals("عبد الرحمن الحاج", keys.latinKey());
            assertEquals(1, keys.version());
            assertEquals(ArabicNames.KEY_VERSION, keys.version());
            assertFalse(keys.isStale());
            assertTrue(new NameKeys("x", "x", "x", "x", 0).isStale());
        }

        @Test
        void englishName() {
            NameKeys keys = NameKeys.of("Asaad Al-Achi");
            assertEquals("Asaad Al-Achi", keys.display());
            assertEquals("asaad al achi", keys.searchKey());
            assertEquals("asaad alachi", keys.compactKey());
            assertEquals("asaad al achi", keys.latinKey());
        }
    }

    @Test
    void searchFormsAddTheCompactKeyOnlyWhereItDiffers() {
        assertEquals(List.of("عبد الرحمن الحاج", "عبدالرحمن الحاج"),
                NameKeys.of("عبد الرحمن الحاج").searchForms());
        assertEquals(List.of("بيتنا"), NameKeys.of("بيتنا").searchForms());
    }
}
