package org.liaison.meetings.calendar;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RFC 5545 §3.1 folding at 75 octets without splitting a UTF-8 sequence, and §3.3.11 TEXT escaping. */
class ICalendarTextTest {

    @Test
    void foldsAt75OctetsBetweenCodePoints() {
        String line = "SUMMARY:" + "اجتماع موسع لهيئة التفاوض السورية 😀 مع مديري منظمات المجتمع المدني ".repeat(4);
        String folded = ICalendarText.fold(line);
        for (String part : folded.split("\r\n")) {
            int octets = part.getBytes(StandardCharsets.UTF_8).length;
            assertTrue(octets <= 75, octets + " octets: " + part);
            assertTrue(StandardCharsets.UTF_8.newEncoder().canEncode(part), "a split sequence in " + part);
        }
        assertTrue(folded.split("\r\n").length > 4);
        assertEquals(line, folded.replace("\r\n ", ""));
    }

    @Test
    void aShortLineStaysWhole() {
        String line = "X".repeat(75);
        assertEquals(line, ICalendarText.fold(line));
        assertEquals(line + "\r\n X", ICalendarText.fold(line + "X"));
    }

    @Test
    void escapesTextValues() {
        assertEquals("a\\, b\\; c\\\\d\\ne\\nf", ICalendarText.escape("a, b; c\\d\r\ne\nf\u0007"));
    }
}
