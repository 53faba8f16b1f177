package org.liaison.names;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaison.names.ArabicNames.compactKey;
import static org.liaison.names.ArabicNames.sameName;
import static org.liaison.names.ArabicNames.searchKey;

class CompactKeyTest {

    @Nested
    @DisplayName("عبد / أبو / آل join the next word")
    class Compounds {
        @ParameterizedTest
        @ValueSource(strings = {"عبد الرحمن الحاج", "عبدالرحمن الحاج", "عبد-الرحمن الحاج", "عبـد الرَّحمن   الحاج",
                "عبد  الرحمن الحاج"})
        void abdulrahmanAlHajj(String written) {
            assertEquals("عبدالرحمن الحاج", compactKey(written));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "أبو بكر | ابوبكر",
            "ابو بكر | ابوبكر",
            "أبوبكر | ابوبكر",
            "آل سعود | السعود",
            "أبو عبد الله | ابوعبدالله",
            "أبوعبد الله | ابوعبدالله",
            "ابو عبدالله | ابوعبدالله",
            "أبو-عبد-الله | ابوعبدالله",
            "محمد أبو بكر | محمد ابوبكر",
        })
        void joined(String written, String key) {
            assertEquals(key, compactKey(written));
        }

        @Test
        void theSearchKeyKeepsTheSpace() {
            assertNotEquals(searchKey("عبد الرحمن"), searchKey("عبدالرحمن"));
            assertEquals(compactKey("عبد الرحمن"), compactKey("عبدالرحمن"));
        }

        @Test
        void aPrefixAtTheEndJoinsNothing() {
            assertEquals("محمد عبد", compactKey("محمد عبد"));
            assertEquals("ابو", compactKey("أبو"));
        }
    }

    @Nested
    @DisplayName("a prefix inside a longer word is left alone")
    class PrefixInsideWord {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "المجلس السوري | المجلس السوري",
            "عبدالله غانم | عبدالله غانم",
            "محمد حسنو | محمد حسنو",
            "مجلس سوريا الديمقراطية | مجلس سوريا الديمقراطيه",
        })
        void untouched(String written, String key) {
            assertEquals(key, compactKey(written));
        }
    }

    @Nested
    @DisplayName("punctuation is removed, not replaced by a space")
    class PunctuationRemoved {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "«مسـد» | مسد",
            "“بيتنا” | بيتنا",
            "د. بدر جاموس | د بدر جاموس",
            "الحوار السوري-السوري | الحوار السوريالسوري",
            "2٬711 | 2711",
        })
        void removed(String written, String key) {
            assertEquals(key, compactKey(written));
        }
    }

    @Nested
    @DisplayName("Latin transliterations of the prefixes join too")
    class LatinPrefixes {
        @ParameterizedTest
        @ValueSource(strings = {"Al-Achi", "Al Achi", "AL ACHI", "al achi", "AlAchi", "al-Achi"})
        void alAchi(String written) {
            assertEquals("alachi", compactKey(written));
        }

        @ParameterizedTest
        @ValueSource(strings = {"Abdulrahman Al-Hajj", "Abdul Rahman Al Hajj", "Abdul-Rahman al-Hajj",
                "ABDULRAHMAN ALHAJJ"})
        void abdulrahmanAlHajj(String written) {
            assertEquals("abdulrahman alhajj", compactKey(written));
        }
    }

    @Nested
    @DisplayName("sameName compares compact keys")
    class SameName {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "عبد الرحمن الحاج | عبدالرحمن الحاج",
            "مسـد | مســد",
            "هيئة التفاوض السورية | هيئه التفاوض السوريه",
            "أسعد العشي | اسعد العشي",
            "Asaad Al-Achi | asaad al achi",
            "قامشلی | قامشلي",
        })
        void same(String a, String b) {
            assertTrue(sameName(a, b));
            assertTrue(sameName(b, a));
        }

        @Test
        void different() {
            assertFalse(sameName("المجلس", "مجلس"));
            assertFalse(sameName("مسؤول", "مسوول"));
        }

        @Test
        void absentOrBlankNamesAreNeverTheSame() {
            assertFalse(sameName(null, null));
            assertFalse(sameName("مسد", null));
            assertFalse(sameName(null, "مسد"));
            assertFalse(sameName("", ""));
            assertFalse(sameName(" \u200F ", "«»"));
        }
    }
}
