package org.liaison.contracts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartialDateTest {

    @ParameterizedTest
    @ValueSource(strings = {"2024", "2024-06", "2024-06-10", "2023-02-28", "0999", "0001-01-01", "2024-01-05"})
    void roundTripsAtItsOwnPrecision(String text) throws Exception {
        PartialDate date = PartialDate.parse(text);
        assertEquals(text, date.toString());
        String json = EventJson.mapper().writeValueAsString(date);
        assertEquals('"' + text + '"', json);
        assertEquals(date, EventJson.mapper().readValue(json, PartialDate.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "24", "2024-6", "2024-13", "2023-02-29", "2024-06-10T10:00", "10/06/2024", "٢٠٢٤"})
    void refusesWhatIsNotAPartialIsoDate(String text) {
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(text));
    }

    @Test
    void coversTheRangeItsPrecisionAllows() {
        assertEquals(LocalDate.of(2024, 1, 1), PartialDate.parse("2024").earliest());
        assertEquals(LocalDate.of(2024, 12, 31), PartialDate.parse("2024").latest());
        assertEquals(LocalDate.of(2024, 2, 29), PartialDate.parse("2024-02").latest());
        assertEquals(PartialDate.Precision.MONTH, PartialDate.parse("2024-02").precision());
    }

    @Test
    void ordersByFirstDayThenPrecision() {
        assertTrue(PartialDate.parse("2024").compareTo(PartialDate.parse("2024-01-01")) < 0);
        assertTrue(PartialDate.parse("2024-06-10").compareTo(PartialDate.parse("2024-06-11")) < 0);
        assertTrue(PartialDate.parse("2023-12").compareTo(PartialDate.parse("2024")) < 0);
    }
}
