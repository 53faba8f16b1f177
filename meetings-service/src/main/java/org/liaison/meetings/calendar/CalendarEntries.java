package org.liaison.meetings.calendar;

import org.liaison.contracts.MeetingState.MeetingPlace;
import org.liaison.contracts.PartialDate;
import org.liaison.meetings.meeting.MeetingView;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A meeting as a VEVENT. Only meetings known to the day are events: a date known to the month or year only would
 * have to invent a day, or fill a whole month of the calendar, so such meetings are left out of the feed (the JSON
 * API still lists them). Times with their zone are given in UTC, which needs no VTIMEZONE component; times without
 * a zone stay floating local times; without a start time the event is a whole day ({@code VALUE=DATE}).
 */
final class CalendarEntries {

    static final String UID_DOMAIN = "@liaison";
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private CalendarEntries() {
    }

    /** Whether the meeting can stand in a calendar: dated to the day. */
    static boolean dated(MeetingView m) {
        return m.date() != null && m.date().precision() == PartialDate.Precision.DAY;
    }

    /** Writes the VEVENT of a {@link #dated} meeting, with only what the caller may see of it. */
    static void write(ICalendarText ics, MeetingView m) {
        LocalDate day = m.date().earliest();
        ics.line("BEGIN", "VEVENT");
        ics.line("UID", m.id() + UID_DOMAIN);
        ics.line("DTSTAMP", UTC.format(m.updatedAt()));
        ics.line("CREATED", UTC.format(m.createdAt()));
        ics.line("LAST-MODIFIED", UTC.format(m.updatedAt()));
        times(ics, day, m.startTime(), m.endTime(), m.timeZone());
        ics.text("SUMMARY", summary(m));
        ics.text("LOCATION", location(m.place()));
        ics.text("DESCRIPTION", m.summary());
        ics.line("STATUS", switch (m.status()) {
            case CANCELLED -> "CANCELLED";
            case POSTPONED -> "TENTATIVE";
            case PLANNED, HELD -> "CONFIRMED";
        });
        if (m.restricted()) {
            ics.line("CLASS", "CONFIDENTIAL");
        }
        ics.line("END", "VEVENT");
    }

    private static void times(ICalendarText ics, LocalDate day, LocalTime start, LocalTime end, String zone) {
        if (start == null) {
            ics.line("DTSTART;VALUE=DATE", DATE.format(day));
            ics.line("DTEND;VALUE=DATE", DATE.format(day.plusDays(1)));
            return;
        }
        ZoneId zoneId = zone(zone);
        boolean ends = end != null && end.isAfter(start);
        if (zoneId == null) {
            ics.line("DTSTART", LOCAL.format(LocalDateTime.of(day, start)));
            if (ends) {
                ics.line("DTEND", LOCAL.format(LocalDateTime.of(day, end)));
            }
            return;
        }
        ics.line("DTSTART", UTC.format(instant(day, start, zoneId)));
        if (ends) {
            ics.line("DTEND", UTC.format(instant(day, end, zoneId)));
        }
    }

    private static Instant instant(LocalDate day, LocalTime time, ZoneId zone) {
        return LocalDateTime.of(day, time).atZone(zone).toInstant();
    }

    private static ZoneId zone(String zone) {
        try {
            return zone == null ? null : ZoneId.of(zone);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The Arabic title (the English one if there is none); for a redacted meeting, that it is restricted and whose. */
    static String summary(MeetingView m) {
        if (m.redacted()) {
            String organizer = m.organizer() == null ? null
                    : m.organizer().nameAr() != null ? m.organizer().nameAr() : m.organizer().nameEn();
            return organizer == null ? "اجتماع مقيد" : "اجتماع مقيد: " + organizer;
        }
        return m.titleAr() != null ? m.titleAr() : m.titleEn();
    }

    /** Venue, city (Arabic, else English), country code. */
    static String location(MeetingPlace place) {
        if (place == null) {
            return null;
        }
        List<String> parts = Stream.of(first(place.venueAr(), place.venueEn()), first(place.cityAr(), place.cityEn()),
                place.country()).filter(Objects::nonNull).toList();
        return parts.isEmpty() ? null : parts.stream().collect(Collectors.joining(", "));
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
