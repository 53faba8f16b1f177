package org.liaison.sources.dates;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaison.contracts.PartialDate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RelativeDatesTest {

    /** Monday 10 June 2024, the day of article 001. */
    static final LocalDate MONDAY = LocalDate.of(2024, 6, 10);
    /** Sunday 8 January 2023: a Sunday publication for article 004 («أمس السبت»). */
    static final LocalDate SUNDAY = LocalDate.of(2023, 1, 8);

    static void assertClean(String expected, DateReading reading) {
        assertEquals(PartialDate.parse(expected), reading.date(), reading::toString);
        assertEquals(List.of(), reading.warnings(), reading::toString);
    }

    @Nested
    @DisplayName("the seed phrases")
    class Seeds {
        @Test
        void article001TodayMonday() {
            assertClean("2024-06-10", RelativeDates.read("اليوم (الاثنين)", MONDAY));
        }

        @Test
        void article001FollowUpTomorrowTuesday() {
            assertClean("2024-06-11", RelativeDates.read("غداً الثلاثاء", MONDAY));
        }

        @Test
        void article004YesterdaySaturdayPublishedOnSunday() {
            assertClean("2023-01-07", RelativeDates.read("أمس السبت", SUNDAY));
        }

        @Test
        void article004InconsistentKeepsYesterday() {
            DateReading r = RelativeDates.read("أمس السبت", MONDAY);
            assertEquals(PartialDate.parse("2024-06-09"), r.date());
            assertEquals(List.of("«أمس السبت»: the day before 2024-06-10 was a Sunday, not a Saturday"), r.warnings());
        }

        @Test
        void article002NextTuesdayWithoutPublicationDate() {
            DateReading r = RelativeDates.read("يوم الثلاثاء المقبل", null);
            assertNull(r.date());
            assertEquals("يوم الثلاثاء المقبل", r.asWritten());
            assertEquals(1, r.warnings().size());
            assertTrue(r.warnings().get(0).contains("needs the publication date"), r.warnings()::toString);
        }

        @Test
        void article001DateLine() {
            assertClean("2024-06-10", RelativeDates.read("10 حزيران 2024", null));
        }
    }

    @Nested
    @DisplayName("relative words against a Monday publication (2024-06-10)")
    class RelativeWords {
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
            "اليوم | 2024-06-10",
            "اليوم الإثنين | 2024-06-10",
            "اليوم (الأثنين) | 2024-06-10",
            "أمس | 2024-06-09",
            "أمس الأحد | 2024-06-09",
            "يوم أمس | 2024-06-09",
            "بالأمس | 2024-06-09",
            "البارحة | 2024-06-09",
            "أول أمس | 2024-06-08",
            "أول من أمس السبت | 2024-06-08",
            "غداً | 2024-06-11",
            "غدا | 2024-06-11",
            "غدًا الثلاثاء | 2024-06-11",
            "وغداً | 2024-06-11",
            "الجمعة الماضية | 2024-06-07",
            "الجمعة المقبلة | 2024-06-14",
            "يوم غد | 2024-06-11",
            "بعد غد | 2024-06-12",
            "بعد غدٍ الأربعاء | 2024-06-12",
            "مساء اليوم | 2024-06-10",
            "الثلاثاء المقبل | 2024-06-11",
            "الثلاثاء القادم | 2024-06-11",
            "يوم الثلاثاء المقبل | 2024-06-11",
            "الأحد المقبل | 2024-06-16",
            "الاثنين المقبل | 2024-06-17",
            "السبت الماضي | 2024-06-08",
            "الأحد الماضي | 2024-06-09",
            "الاثنين الماضي | 2024-06-03",
            "الجمعة المنصرمة | 2024-06-07",
            "today | 2024-06-10",
            "yesterday (Sunday) | 2024-06-09",
            "next Friday | 2024-06-14",
            "last Monday | 2024-06-03",
        })
        void read(String written, String expected) {
            assertClean(expected, RelativeDates.read(written, MONDAY));
        }

        @Test
        void theReadingKeepsTheTextAsWritten() {
            assertEquals("  أمس  السبت ", RelativeDates.read("  أمس  السبت ", SUNDAY).asWritten());
        }
    }

    @Nested
    @DisplayName("weekdays must agree; the relative word wins")
    class WeekdayChecks {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "اليوم (الثلاثاء) | 2024-06-10 | «اليوم (الثلاثاء)»: the publication date 2024-06-10 is a Monday, not a "
                    + "Tuesday",
            "غداً الأربعاء | 2024-06-11 | «غداً الأربعاء»: the day after 2024-06-10 is a Tuesday, not a Wednesday",
            "أول أمس الجمعة | 2024-06-08 | «أول أمس الجمعة»: two days before 2024-06-10 was a Saturday, not a Friday",
            "بعد غد الخميس | 2024-06-12 | «بعد غد الخميس»: two days after 2024-06-10 is a Wednesday, not a Thursday",
            "الثلاثاء 10 حزيران 2024 | 2024-06-10 | «الثلاثاء 10 حزيران 2024»: 2024-06-10 is a Monday, not a Tuesday",
        })
        void warned(String written, String expected, String warning) {
            DateReading r = RelativeDates.read(written, MONDAY);
            assertEquals(PartialDate.parse(expected), r.date());
            assertEquals(List.of(warning), r.warnings());
        }

        @Test
        void aWrittenDateWinsOverTheRelativeWordWithAWarning() {
            DateReading r = RelativeDates.read("أمس 7 حزيران 2024", MONDAY);
            assertEquals(PartialDate.parse("2024-06-07"), r.date());
            assertEquals(List.of("«أمس 7 حزيران 2024»: the relative words give 2024-06-09 but the written date is"
                    + " 2024-06-07; kept the written date"), r.warnings());
            assertClean("2024-06-09", RelativeDates.read("أمس الأحد 9 حزيران 2024", MONDAY));
        }

        @Test
        void aBareWeekdayIsAmbiguous() {
            DateReading r = RelativeDates.read("يوم الثلاثاء", MONDAY);
            assertNull(r.date());
            assertEquals(1, r.warnings().size());
            assertTrue(r.warnings().get(0).contains("ambiguous"));
        }
    }

    @Nested
    @DisplayName("week boundaries: next/last is 1 to 7 days away, never the publication day")
    class WeekBoundaries {
        @ParameterizedTest(name = "next Tuesday published {0} -> {1}")
        @CsvSource({
            "2024-06-10, 2024-06-11", // Monday: the next day
            "2024-06-11, 2024-06-18", // Tuesday: a week later
            "2024-06-12, 2024-06-18",
            "2024-06-16, 2024-06-18", // Sunday
        })
        void nextTuesday(LocalDate published, LocalDate expected) {
            assertClean(expected.toString(), RelativeDates.read("الثلاثاء المقبل", published));
        }

        @ParameterizedTest(name = "last Saturday published {0} -> {1}")
        @CsvSource({
            "2024-06-15, 2024-06-08", // Saturday: a week before
            "2024-06-16, 2024-06-15", // Sunday: the day before
            "2024-06-14, 2024-06-08", // Friday
        })
        void lastSaturday(LocalDate published, LocalDate expected) {
            assertClean(expected.toString(), RelativeDates.read("السبت الماضي", published));
        }

        @Test
        void everyWeekdayFromEveryPublicationDay() {
            String[] names = {"الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"};
            for (int p = 0; p < 7; p++) {
                LocalDate published = MONDAY.plusDays(p);
                for (int d = 0; d < 7; d++) {
                    LocalDate next = RelativeDates.read(names[d] + " المقبل", published).date().earliest();
                    LocalDate last = RelativeDates.read(names[d] + " الماضي", published).date().earliest();
                    assertEquals(DayOfWeek.of(d + 1), next.getDayOfWeek());
                    assertEquals(DayOfWeek.of(d + 1), last.getDayOfWeek());
                    assertTrue(next.isAfter(published) && !next.isAfter(published.plusDays(7)), next + " " + published);
                    assertTrue(last.isBefore(published) && !last.isBefore(published.minusDays(7)),
                            last + " " + published);
                }
            }
        }

        @Test
        void acrossTheYear() {
            assertClean("2025-01-06", RelativeDates.read("الاثنين المقبل", LocalDate.of(2024, 12, 31)));
            assertClean("2023-12-30", RelativeDates.read("السبت الماضي", LocalDate.of(2024, 1, 1)));
        }
    }

    @Nested
    @DisplayName("year and month boundaries")
    class Boundaries {
        @ParameterizedTest(name = "{0} on {1} -> {2}")
        @CsvSource(delimiter = '|', value = {
            "أمس | 2024-01-01 | 2023-12-31",
            "أول أمس | 2024-01-01 | 2023-12-30",
            "غداً | 2024-12-31 | 2025-01-01",
            "غداً | 2024-02-28 | 2024-02-29",
            "غداً | 2023-02-28 | 2023-03-01",
            "أمس | 2024-03-01 | 2024-02-29",
            "بعد غد | 2024-04-29 | 2024-05-01",
        })
        void crossing(String written, LocalDate published, LocalDate expected) {
            assertClean(expected.toString(), RelativeDates.read(written, published));
        }
    }

    @Nested
    @DisplayName("the day after / before a reference date")
    class FromTheReference {
        @ParameterizedTest
        @ValueSource(strings = {"في اليوم التالي", "اليوم التالي", "وفي اليوم التالي", "the next day",
                "the following day"})
        void nextDay(String written) {
            assertClean("2024-06-11", RelativeDates.read(written, LocalDate.of(2024, 6, 20), MONDAY));
        }

        @Test
        void previousDayAndWeekday() {
            assertClean("2024-06-09", RelativeDates.read("اليوم السابق", null, MONDAY));
            DateReading r = RelativeDates.read("في اليوم التالي (الأربعاء)", null, MONDAY);
            assertEquals(PartialDate.parse("2024-06-11"), r.date());
            assertEquals(List.of("«في اليوم التالي (الأربعاء)»: the day after the reference date 2024-06-10 is a"
                    + " Tuesday, not a Wednesday"), r.warnings());
        }

        @Test
        void withoutAReference() {
            DateReading r = RelativeDates.read("في اليوم التالي", MONDAY);
            assertNull(r.date());
            assertEquals(List.of("«في اليوم التالي»: needs the reference date (the day it follows)"), r.warnings());
        }
    }
}
