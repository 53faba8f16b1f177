package org.liaison.sources.instruments;

import org.liaison.names.ArabicNames;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A text folded for matching, with the position in the original text of every folded character, so
 * that a match can be reported as the original wording.
 *
 * <p>Each character is folded on its own with {@link ArabicNames#searchKey}: hamza forms of alef → ا,
 * ى → ي, ة → ه, harakat and tatweel removed, every decimal digit → ASCII, non-ASCII Latin letters
 * case-folded and unaccented (é → e). Unlike the search key, ASCII letters keep their case (English
 * proper names are recognised by their capitals), the brackets {@code ( ) [ ]} become {@code ( )} and
 * the commas {@code , ، ٫} become {@code ,} (they separate numbers in a list and years in brackets);
 * every other punctuation mark or symbol becomes a space. White space is not collapsed.
 */
final class Folded {

    private final String text;
    private final int[] origin;
    private final String original;

    private Folded(String original, String text, int[] origin) {
        this.original = original;
        this.text = text;
        this.origin = origin;
    }

    static Folded of(String original) {
        StringBuilder out = new StringBuilder(original.length());
        int[] origin = new int[original.length() * 3 + 1];
        Map<Integer, String> cache = new HashMap<>();
        for (int i = 0; i < original.length(); ) {
            int cp = original.codePointAt(i);
            String folded = fold(cp, cache);
            for (int k = 0; k < folded.length(); k++) {
                if (out.length() >= origin.length) {
                    origin = Arrays.copyOf(origin, origin.length * 2);
                }
                origin[out.length()] = i;
                out.append(folded.charAt(k));
            }
            i += Character.charCount(cp);
        }
        return new Folded(original, out.toString(), origin);
    }

    private static String fold(int cp, Map<Integer, String> cache) {
        if (cp < 128) {
            if (Character.isLetterOrDigit(cp)) {
                return String.valueOf((char) cp);
            }
            return switch (cp) {
                case '(', '[' -> "(";
                case ')', ']' -> ")";
                case ',' -> ",";
                default -> " ";
            };
        }
        switch (cp) {
            case '،', '٫' -> { return ","; }
            case '﴾' -> { return "("; }
            case '﴿' -> { return ")"; }
            default -> { }
        }
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return " ";
        }
        return cache.computeIfAbsent(cp, c -> {
            String key = ArabicNames.searchKey(new String(Character.toChars(c)));
            if (!key.isEmpty()) {
                return key;
            }
            return isPunctuationOrSymbol(c) ? " " : "";
        });
    }

    private static boolean isPunctuationOrSymbol(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                 Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    /** The folded text that patterns run on. */
    String text() {
        return text;
    }

    /** The original wording of the folded span [start, end), without surrounding punctuation. */
    String originalOf(int start, int end) {
        if (start >= end) {
            return "";
        }
        int from = origin[start];
        int lastChar = origin[end - 1];
        int to = lastChar + Character.charCount(original.codePointAt(lastChar));
        while (to < original.length() && isMark(original.codePointAt(to))) {
            to += Character.charCount(original.codePointAt(to));
        }
        return trimPunctuation(original.substring(from, to));
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return cp == 0x0640 || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT;
    }

    private static String trimPunctuation(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && !Character.isLetterOrDigit(s.codePointAt(a))) {
            a += Character.charCount(s.codePointAt(a));
        }
        while (b > a && !Character.isLetterOrDigit(s.codePointBefore(b)) && !isMark(s.codePointBefore(b))
                && !(s.charAt(b - 1) == ')' && s.lastIndexOf('(', b - 1) >= a)) {
            b -= Character.charCount(s.codePointBefore(b));
        }
        return ArabicNames.display(s.substring(a, b));
    }
}
