package org.liaison.contracts;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the precision its source gives: a year ({@code 2024}), a month ({@code 2024-06})
 * or a day ({@code 2024-06-10}). Sources often say no more than that, and the tracker must never
 * invent the part it does not know; so the precision is kept, and comparisons use the range the
 * date covers ({@link #earliest()} to {@link #latest()}).
 */
@JsonDeserialize(using = PartialDateJson.class)
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

    public enum Precision { YEAR, MONTH, DAY }

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year must be between 1 and 9999");
        }
        if (month == null && day != null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        try {
            if (day != null) {
                LocalDate.of(year, month, day);
            } else if (month != null) {
                YearMonth.of(year, month);
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("no such date: " + e.getMessage(), e);
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, null, null);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, null);
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; anything else is refused. */
    public static PartialDate parse(String text) {
        Objects.requireNonNull(text, "text");
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected YYYY, YYYY-MM or YYYY-MM-DD, got '" + text + "'");
        }
        return new PartialDate(Integer.parseInt(m.group(1)),
                m.group(2) == null ? null : Integer.valueOf(m.group(2)),
                m.group(3) == null ? null : Integer.valueOf(m.group(3)));
    }

    public Precision precision() {
        return day != null ? Precision.DAY : month != null ? Precision.MONTH : Precision.YEAR;
    }

    /** The first day this date may stand for. */
    public LocalDate earliest() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /** The last day this date may stand for. */
    public LocalDate latest() {
        return switch (precision()) {
            case DAY -> earliest();
            case MONTH -> YearMonth.of(year, month).atEndOfMonth();
            case YEAR -> LocalDate.of(year, 12, 31);
        };
    }

    /** Orders by the first day covered; a coarser date sorts before a finer one starting the same day. */
    @Override
    public int compareTo(PartialDate other) {
        int byStart = earliest().compareTo(other.earliest());
        return byStart != 0 ? byStart : precision().compareTo(other.precision());
    }

    /**
     * {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, written out by hand: a format string was a fifth of the
     * cost of the JSON answer of a page of meetings (every meeting shows its date).
     */
    @JsonValue
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(10);
        digits(text, year, 4);
        if (month != null) {
            digits(text.append('-'), month, 2);
        }
        if (day != null) {
            digits(text.append('-'), day, 2);
        }
        return text.toString();
    }

    private static void digits(StringBuilder text, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            text.append('0');
        }
        text.append(digits);
    }
}
