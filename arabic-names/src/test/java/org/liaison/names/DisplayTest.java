package org.liaison.names;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.text.Normalizer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaison.names.ArabicNames.display;

class DisplayTest {

    @Nested
    @DisplayName("letters and diacritics stay as written")
    class KeepsLetters {
        @ParameterizedTest
        @ValueSource(strings = {
            "مسـد", "مســد", "هيئة التفاوض السورية", "أسعد العشي", "مصطفى", "القرار ٢٢٥٤", "قامشلی", "کرد", "دە",
            "مُحَمَّد", "رحمٰن", "\uFEF7", "Société Générale", "Al-Achi", "«مسد»", "مسؤول",
        })
        void unchanged(String name) {
            assertEquals(name, display(name));
        }

        @Test
        void aCleanNfcNameIsReturnedAsIs() {
            String name = "مجلس سوريا الديمقراطية";
            assertSame(name, display(name));
        }
    }

    @Nested
    @DisplayName("NFC")
    class Nfc {
        @Test
        void composes() {
            assertEquals("Société", display("Socie\u0301te\u0301"));
            assertEquals("أسعد", display("\u0627\u0654سعد"));
        }

        @Test
        void reordersMarksCanonically() {
            // shadda (ccc 33) typed before fatha (ccc 30): NFC puts fatha first; the text is the same
            String result = display("م\u0651\u064E");
            assertEquals("م\u064E\u0651", result);
            assertTrue(Normalizer.isNormalized(result, Normalizer.Form.NFC));
        }
    }

    @Nested
    @DisplayName("bidi controls and invisible format characters are removed")
    class RemovesInvisible {
        @ParameterizedTest
        @ValueSource(strings = {
            "\u200Eمسد", "\u200Fمسد", "\u061Cمسد", "\u202Aمسد\u202C", "\u202Bمسد\u202C", "\u202Dمسد\u202C",
            "\u202Eمسد\u202C", "\u2066مسد\u2069", "\u2067مسد\u2069", "\u2068مسد\u2069", "\uFEFFمسد", "م\u200Bسد",
            "م\u200Dسد", "م\u2060سد", "مس\u00ADد", "م\u0000سد", "\u180Eمسد",
        })
        void gone(String written) {
            assertEquals("مسد", display(written));
        }

        @Test
        void zwnjIsKeptForPersian() {
            assertEquals("می\u200Cخواهم", display("\u200Fمی\u200Cخواهم"));
        }
    }

    @Nested
    @DisplayName("white space is trimmed and collapsed")
    class WhiteSpace {
        static Stream<Arguments> spaced() {
            return Stream.of(
                    Arguments.of("  مجلس   سوريا  ", "مجلس سوريا"),
                    Arguments.of("مجلس\tسوريا\nالديمقراطية\r\n", "مجلس سوريا الديمقراطية"),
                    Arguments.of("مجلس\u00A0سوريا", "مجلس سوريا"),
                    Arguments.of("مجلس\u3000\u2003\u202Fسوريا", "مجلس سوريا"),
                    Arguments.of("مجلس \u200F سوريا", "مجلس سوريا"),
                    Arguments.of("\u200F مسد \u200E", "مسد"));
        }

        @ParameterizedTest
        @MethodSource("spaced")
        void collapsed(String written, String shown) {
            assertEquals(shown, display(written));
        }
    }
}
