package org.liaison.sources.dates;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaison.contracts.PartialDate;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dates written out (day, month, year) and the expressions that give no date. */
class WrittenDatesTest {

    static final LocalDate MONDAY = RelativeDatesTest.MONDAY;

    static void assertClean(String expected, DateReading reading) {
        RelativeDatesTest.assertClean(expected, reading);
    }

    @Nested
    @DisplayName("written dates")
    class Written {
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
            "10 حزيران 2024 | 2024-06-10",
            "10 يونيو 2024 | 2024-06-10",
            "١٠ حزيران ٢٠٢٤ | 2024-06-10",
            "۱۰ حزیران ۲۰۲۴ | 2024-06-10",
            "10 حزيران/يونيو 2024 | 2024-06-10",
            "الاثنين 10 حزيران 2024 | 2024-06-10",
            "الإثنين الموافق ١٠ حزيران ٢٠٢٤م | 2024-06-10",
            "حزيران 2024 | 2024-06",
            "شهر حزيران من عام 2024 | 2024-06",
            "2024 | 2024",
            "عام ٢٠٢٢ | 2022",
            "للعام 2023 | 2023",
            "10 June 2024 | 2024-06-10",
            "June 10, 2024 | 2024-06-10",
            "Monday, 10th June 2024 | 2024-06-10",
            "June 2024 | 2024-06",
            "2024-06-10 | 2024-06-10",
            "٢٠٢٤-٠٦-١٠ | 2024-06-10",
            "2024-06 | 2024-06",
            "10/06/2024 | 2024-06-10",
            "19 تموز 2012 | 2012-07-19",
            "29 شباط 2024 | 2024-02-29",
        })
        void read(String written, String expected) {
            assertClean(expected, RelativeDates.read(written, null));
        }

        @ParameterizedTest(name = "{0} -> month {1}")
        @CsvSource(delimiter = '|', value = {
            "كانون الثاني | 1", "شباط | 2", "آذار | 3", "نيسان | 4", "أيار | 5", "حزيران | 6",
            "تموز | 7", "آب | 8", "أيلول | 9", "تشرين الأول | 10", "تشرين الثاني | 11", "كانون الأول | 12",
            "يناير | 1", "فبراير | 2", "مارس | 3", "أبريل | 4", "إبريل | 4", "مايو | 5", "يونيو | 6",
            "يوليو | 7", "أغسطس | 8", "سبتمبر | 9", "أكتوبر | 10", "نوفمبر | 11", "ديسمبر | 12",
        })
        void everyMonthName(String month, int number) {
            assertClean(PartialDate.ofMonth(2024, number).toString(), RelativeDates.read(month + " 2024", null));
            assertClean(LocalDate.of(2024, number, 3).toString(), RelativeDates.read("3 " + month + " 2024", null));
        }

        @Test
        void aDayWithoutAYearTakesTheNearestYear() {
            DateReading r = RelativeDates.read("28 كانون الأول", LocalDate.of(2024, 1, 2));
            assertEquals(PartialDate.parse("2023-12-28"), r.date());
            assertEquals(List.of("«28 كانون الأول»: no year given; took 2023, the year nearest the publication date"
                    + " 2024-01-02"), r.warnings());
            DateReading none = RelativeDates.read("28 كانون الأول", null);
            assertNull(none.date());
            assertEquals(List.of("«28 كانون الأول»: no year given; needs the publication date"), none.warnings());
        }

        @ParameterizedTest
        @ValueSource(strings = {"31 شباط 2024", "29 شباط 2023", "2024-13-01", "32 June 2024"})
        void noSuchDate(String written) {
            DateReading r = RelativeDates.read(written, MONDAY);
            assertNull(r.date());
            assertEquals(List.of("«" + written + "»: no such date"), r.warnings());
        }
    }

    @Nested
    @DisplayName("never invents a day")
    class Refusals {
        @ParameterizedTest
        @ValueSource(strings = {"اليوم", "أمس السبت", "غداً", "الثلاثاء المقبل", "السبت الماضي", "بعد غد"})
        void relativeWithoutPublicationDate(String written) {
            DateReading r = RelativeDates.read(written, null);
            assertNull(r.date());
            assertEquals(written, r.asWritten());
            assertEquals(List.of("«" + written + "»: a relative date needs the publication date"), r.warnings());
        }

        @ParameterizedTest
        @ValueSource(strings = {"بلا موعد", "قريباً", "وسيُعقد غداً", "الأسبوع المقبل", "المقبل", "150 منظمة", "10",
                "12 13 14 15",
            "اليوم أمس", "الثلاثاء الأربعاء", "غداً الثلاثاء المقبل", "حزيران تموز 2024"})
        void notUnderstood(String written) {
            DateReading r = RelativeDates.read(written, MONDAY);
            assertNull(r.date());
            assertEquals(List.of("«" + written + "»: not understood"), r.warnings());
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"  ", "()"})
        void nothingToRead(String written) {
            DateReading r = RelativeDates.read(written, MONDAY);
            assertNull(r.date());
            assertEquals(written, r.asWritten());
            assertEquals(1, r.warnings().size());
            assertTrue(r.warnings().get(0).endsWith("not understood"));
        }
    }
}
