package org.liaison.names;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaison.names.ArabicNames.searchKey;

class SearchKeyTest {

    @Nested
    @DisplayName("tatweel is removed")
    class Tatweel {
        @ParameterizedTest
        @ValueSource(strings = {"مسـد", "مســد", "مسد", "مـسـد", "«مسـد»", "ـمسدـ"})
        void theSdcShortNameHasOneKey(String written) {
            assertEquals("مسد", searchKey(written));
        }
    }

    @Nested
    @DisplayName("taa marbuta ة folds to ه")
    class TaaMarbuta {
        @Test
        void negotiationCommission() {
            assertEquals(searchKey("هيئة التفاوض السورية"), searchKey("هيئه التفاوض السوريه"));
            assertEquals("هيئه التفاوض السوريه", searchKey("هيئة التفاوض السورية"));
        }
    }

    @Nested
    @DisplayName("harakat, superscript alef, Quranic marks and tatweel are removed")
    class Harakat {
        @ParameterizedTest
        @ValueSource(strings = {
            "مجلس سوريا الديمقراطية",
            "مَجْلِسُ سُورِيَا الدِّيمُقْرَاطِيَّةِ",
            "مجـلس سـوريا الديمقـراطيـة",
            "مَجـْلِس سوريا الديمقراطيةٌ",
            "مجلس سوريا الديمقراطيه",
        })
        void sdcVariants(String written) {
            assertEquals("مجلس سوريا الديمقراطيه", searchKey(written));
        }

        @Test
        void superscriptAlefAndQuranicMarksGo() {
            assertEquals("رحمن", searchKey("رحمٰن"));
            assertEquals("الله", searchKey("اللّٰهۖ"));
            assertEquals("محمد", searchKey("مُحَمَّدٌ"));
        }
    }

    @Nested
    @DisplayName("hamza forms of alef fold to ا")
    class AlefHamza {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "أسعد العشي | اسعد العشي",
            "إدارة | اداره",
            "آمنة | امنه",
            "ٱلرحمن | الرحمن",
            "ٲحمد | احمد",
            "ٳدارة | اداره",
            "الإدارة الذاتية | الاداره الذاتيه",
        })
        void folded(String written, String key) {
            assertEquals(key, searchKey(written));
        }

        @Test
        void decomposedHamzaEqualsComposed() {
            // ا + U+0654 (hamza above) is canonically أ
            assertEquals(searchKey("أسعد"), searchKey("\u0627\u0654سعد"));
            assertEquals(searchKey("إدارة"), searchKey("\u0627\u0655دارة"));
        }
    }

    @Nested
    @DisplayName("alef maqsura ى folds to ي")
    class AlefMaqsura {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"مصطفى | مصطفي", "لبنى القنواتي | لبني القنواتي", "موسى | موسي"})
        void folded(String written, String other) {
            assertEquals(searchKey(other), searchKey(written));
            assertEquals(other, searchKey(written));
        }
    }

    @Nested
    @DisplayName("ؤ, ئ and ء are not folded (conservative)")
    class HamzaOnWawAndYehKept {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"مسؤول | مسوول", "رئيس | رييس", "هيئة | هييه", "سؤال | سوال"})
        void stayDistinct(String withHamza, String without) {
            assertNotEquals(searchKey(without), searchKey(withHamza));
        }

        @Test
        void butCanonicalDecompositionsMatch() {
            assertEquals(searchKey("مسؤول"), searchKey("مسو\u0654ول"));
            assertEquals(searchKey("رئيس"), searchKey("ري\u0654يس"));
            assertEquals("مسؤول", searchKey("مسؤول"));
            assertEquals("جزء", searchKey("جزء"));
        }
    }

    @Nested
    @DisplayName("digits become ASCII")
    class Digits {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "٣ | 3",
            "٢٢٥٤ | 2254",
            "۲۲۵۴ | 2254",
            "٠١٢٣٤٥٦٧٨٩ | 0123456789",
            "۰۱۲۳۴۵۶۷۸۹ | 0123456789",
            "القرار ٢٢٥٤ | القرار 2254",
            "القرار 2254 | القرار 2254",
        })
        void toAscii(String written, String key) {
            assertEquals(key, searchKey(written));
        }

        @Test
        void resolutionNumberIsFoundInTheKey() {
            assertTrue(searchKey("قرار مجلس الأمن رقم ٢٢٥٤").contains("2254"));
            assertTrue(searchKey("قرار مجلس الأمن رقم ۲۲۵۴").contains("2254"));
        }
    }

    @Nested
    @DisplayName("Persian and Kurdish letters fold to the Arabic ones")
    class PersianKurdish {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "قامشلی | قامشلي",  // ی U+06CC → ي
            "کرد | كرد",        // ک U+06A9 → ك
            "دە | ده",          // ە U+06D5 → ه
            "ھەولێر | هەولێر",  // ھ U+06BE → ه
            "خانۀ | خانه",      // ۀ U+06C0 → ه
            "خانهٔ | خانه",     // ه + hamza mark
        })
        void folded(String persianOrKurdish, String arabic) {
            assertEquals(searchKey(arabic), searchKey(persianOrKurdish));
        }

        @Test
        void kurdishLettersWithoutArabicCounterpartStay() {
            assertEquals("ڕۆژ", searchKey("ڕۆژ"));
            assertEquals("گل", searchKey("گل"));
        }
    }

    @Nested
    @DisplayName("Arabic presentation forms become base letters (NFKC)")
    class PresentationForms {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "\uFEF7 | لا",                       // ﻷ lam with alef with hamza above, isolated
            "\uFEFB | لا",                       // ﻻ
            "\uFE8D | ا",                        // ﺍ alef isolated
            "\uFEE3\uFEB4\uFEAA | مسد",          // ﻣﺴﺪ
            "\uFE8D\uFEDF\uFEA4\uFE8E\uFE9D | الحاج", // glyphs as a PDF extraction gives them
        })
        void normalised(String presentation, String key) {
            assertEquals(key, searchKey(presentation));
        }

        @Test
        void ligatureEqualsLetters() {
            assertEquals(searchKey("لأجل"), searchKey("\uFEF7جل"));
        }
    }

    @Nested
    @DisplayName("bidi and other invisible characters are removed")
    class BidiAndFormat {
        @ParameterizedTest
        @ValueSource(strings = {
            "\u200Fمسد\u200E", "\u202Bمسد\u202C", "\u2067مسد\u2069", "\u061Cمسد", "\uFEFFمسد", "م\u200Bسد",
            "م\u200Cسد", "م\u200Dسد", "مس\u00ADد",
        })
        void gone(String written) {
            assertEquals("مسد", searchKey(written));
        }

        @Test
        void anInvisibleCharacterDoesNotBlockHamzaComposition() {
            assertEquals("مسؤول", searchKey("مسو\u200F\u0654ول"));
        }
    }

    @Nested
    @DisplayName("punctuation becomes a space, white space collapses")
    class Punctuation {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "«مسد» | مسد",
            "“بيتنا” | بيتنا",
            "\"بيتنا\" | بيتنا",
            "د. بدر جاموس | د بدر جاموس",
            "الحوار السوري-السوري | الحوار السوري السوري",
            "السوري–السوري | السوري السوري",
            "حسن، محمد؛ علي؟ | حسن محمد علي",
            "بيتنا (Baytna) | بيتنا baytna",
            "2٬711 | 2 711",
        })
        void separated(String written, String key) {
            assertEquals(key, searchKey(written));
        }

        @Test
        void whiteSpaceCollapses() {
            assertEquals("مجلس سوريا الديمقراطيه", searchKey("  مجلس \t سوريا\n\u00A0الديمقراطية\r\n "));
        }
    }

    @Nested
    @DisplayName("Latin letters are case-folded and lose their accents")
    class Latin {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "Al-Achi | al achi",
            "AL ACHI | al achi",
            "Société Générale | societe generale",
            "Geneva Communiqué | geneva communique",
            "Straße | strasse",
            "ＭＳＤ | msd",
        })
        void folded(String written, String key) {
            assertEquals(key, searchKey(written));
        }
    }

    @Nested
    @DisplayName("names are never stemmed")
    class NotStemmed {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "المجلس | مجلس",
            "الذاكرة السورية | ذاكرة سورية",
            "مواطنون | مواطن",
            "العلويين | علوي",
        })
        void articleAndPluralsStay(String a, String b) {
            assertNotEquals(searchKey(b), searchKey(a));
        }

        @Test
        void theArticleIsInTheKey() {
            assertEquals("المجلس", searchKey("المجلس"));
        }
    }
}
