package org.liaison.intake;

/**
 * The characters of the article that support an item: {@code text.substring(start, end)}.
 *
 * @param start index of the first character (UTF-16 units, as {@link String#substring})
 * @param end   index after the last character
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span: " + start + ".." + end + " is not a range");
        }
    }

    /** The supported text in {@code text}. */
    public String of(String text) {
        return text.substring(start, end);
    }

    boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
