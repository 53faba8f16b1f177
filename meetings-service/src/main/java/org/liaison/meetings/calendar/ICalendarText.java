package org.liaison.meetings.calendar;

import java.nio.charset.StandardCharsets;

/**
 * Content lines of RFC 5545: TEXT values escaped (§3.3.11) and lines folded at 75 octets (§3.1), CRLF each. A fold
 * never splits a UTF-8 sequence: it falls between code points, so Arabic text unfolds intact.
 */
final class ICalendarText {

    static final String CRLF = "\r\n";
    static final int MAX_OCTETS = 75;

    private final StringBuilder out = new StringBuilder();

    /** A property whose value is already in its iCalendar form (a date, a code, a URI). */
    ICalendarText line(String name, String value) {
        out.append(fold(name + ":" + value)).append(CRLF);
        return this;
    }

    /** A TEXT property: the value escaped. Nothing is written for a null or blank value. */
    ICalendarText text(String name, String value) {
        return value == null || value.isBlank() ? this : line(name, escape(value));
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** Backslash, semicolon, comma and newlines escaped; other control characters, which TEXT may not hold, dropped. */
    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        String text = value.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                default -> {
                    if (c == '\t' || c >= 0x20 && c != 0x7f) {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** The line cut into lines of at most 75 octets, each continuation starting with one space (which counts). */
    static String fold(String line) {
        StringBuilder folded = new StringBuilder(line.length() + 16);
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                folded.append(CRLF).append(' ');
                octets = 1;
            }
            folded.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return folded.toString();
    }
}
