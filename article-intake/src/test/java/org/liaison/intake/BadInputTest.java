package org.liaison.intake;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Input the intake cannot read gives a clear empty draft or an IllegalArgumentException naming the field. */
class BadInputTest {

    private final ArticleIntake intake = new ArticleIntake();
    private final Directory directory = SeedArticles.directory();

    private static void assertEmptyWithWarning(Draft draft, String warning) {
        assertTrue(draft.isEmpty(), "draft not empty: " + draft);
        assertTrue(draft.warnings().stream().anyMatch(w -> w.startsWith(warning)), draft.warnings().toString());
    }

    @Nested
    class Missing {
        @Test
        void noArticle() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> intake.draft(null, directory));
            assertTrue(e.getMessage().startsWith("article"), e.getMessage());
        }

        @Test
        void noDirectory() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> intake.draft(ArticleText.of("نص"), null));
            assertTrue(e.getMessage().startsWith("directory"), e.getMessage());
        }

        @Test
        void noText() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new ArticleText(null, null, null, LocalDate.of(2024, 6, 10)));
            assertTrue(e.getMessage().startsWith("text"), e.getMessage());
        }
    }

    @Nested
    class Empty {
        @Test
        void emptyText() {
            assertEmptyWithWarning(intake.draft(ArticleText.of(""), directory), "text: the article is empty");
        }

        @Test
        void onlyWhiteSpaceAndInvisibleMarks() {
            assertEmptyWithWarning(intake.draft(ArticleText.of(" \n\t\u200F \n"), directory),
                    "text: the article is empty");
        }
    }

    @Nested
    class TooLong {
        @Test
        void aMegabyteIsRefusedNamingTheText() {
            String megabyte = "م".repeat(1 << 20);
            IllegalArgumentException e = assertTimeoutPreemptively(Duration.ofSeconds(2),
                    () -> assertThrows(IllegalArgumentException.class, () -> ArticleText.of(megabyte)));
            assertTrue(e.getMessage().startsWith("text: 1048576 characters; at most 100000"), e.getMessage());
        }

        @Test
        void theLongestArticleReadIsDraftedInBoundedTime() {
            String article = SeedArticles.ARTICLES.get(1).text();
            StringBuilder text = new StringBuilder();
            while (text.length() + article.length() <= ArticleText.MAX_LENGTH) {
                text.append(article).append('\n');
            }
            Draft draft = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> intake.draft(ArticleText.of(text.toString(), LocalDate.of(2024, 6, 10)), directory));
            assertEquals(12, draft.organizations().size());
            assertEquals(9, draft.people().size());
        }

        @Test
        void manyShortMeetingSentences() {
            String text = repeat("عقد اجتماع في مدينة حلب يوم الثلاثاء المقبل.\n");
            Draft draft = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> intake.draft(ArticleText.of(text, LocalDate.of(2024, 6, 10)), directory));
            assertEquals("Aleppo", draft.meeting().place().nameEn());
        }

        @Test
        void oneSentenceAsLongAsTheLongestArticle() {
            String text = repeat("حضر اجتماع السيد بدران جيا كرد والسيدة هند قبوات مع ممثلي 150 منظمة و");
            Draft draft = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> intake.draft(ArticleText.of(text), directory));
            assertEquals(2, draft.people().size());
        }

        private static String repeat(String unit) {
            return unit.repeat(ArticleText.MAX_LENGTH / unit.length());
        }

        @Test
        void oneLongWordWithoutSpaces() {
            Draft draft = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> intake.draft(ArticleText.of("ب".repeat(ArticleText.MAX_LENGTH)), directory));
            assertEmptyWithWarning(draft, "text: names nothing");
        }
    }

    @Nested
    class NotArabic {
        @Test
        void anEnglishArticle() {
            String english = "The Syrian Negotiation Commission met civil society organisations in Geneva on Monday,"
                    + " 10 June 2024, to discuss UN Security Council resolution 2254.";
            assertEmptyWithWarning(intake.draft(ArticleText.of(english), directory), "text: not an Arabic article");
        }

        @Test
        void digitsAndPunctuationOnly() {
            assertEmptyWithWarning(intake.draft(ArticleText.of("2024 - 10/06 !!! ***"), directory),
                    "text: not an Arabic article");
        }
    }

    @Nested
    class NamingNothing {
        @Test
        void arabicProseWithoutNamesCountsOrDates() {
            String prose = "كان الطقس جميلاً والسماء صافية، وخرج الناس إلى الحدائق للاستمتاع بالشمس.\n"
                    + "ثم عادوا إلى بيوتهم في المساء.";
            assertEmptyWithWarning(intake.draft(ArticleText.of(prose), directory), "text: names nothing");
        }

        @Test
        void controlCharactersAndStrayQuotes() {
            String odd = "«“\u0000\u0007 مبادرة ” ” «» 1- \n2- \n١.\n";
            assertEmptyWithWarning(intake.draft(ArticleText.of(odd), directory), "text: names nothing");
        }
    }
}
