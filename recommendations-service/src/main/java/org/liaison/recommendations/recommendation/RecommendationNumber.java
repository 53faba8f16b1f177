package org.liaison.recommendations.recommendation;

import org.liaison.names.ArabicOrdinals;
import org.liaison.support.problem.ProblemException;

/**
 * A recommendation's number as the source writes it and as a value: article 004 numbers its third item with the
 * Arabic-Indic «٣», which is 3 for ordering and uniqueness and «٣» when shown. Western (0–9), Arabic-Indic
 * (٠–٩) and Eastern Arabic-Indic (۰–۹, as in Persian and Kurdish texts) digits are read, and the ordinal words a
 * list may be numbered with instead («أولاً» is 1, «عاشراً» 10).
 */
public record RecommendationNumber(int value, String asWritten) {

    public static final int MAX = 9999;
    /** Digits, or an Arabic word (an ordinal such as «أولاً», checked by {@link #of}). */
    public static final String WRITTEN_PATTERN = "^([0-9\u0660-\u0669\u06F0-\u06F9]{1,4}|[\u0621-\u0652]{3,12})$";

    /**
     * @param number    the value, if the client gave it
     * @param asWritten the digits as written, if given
     * @param field     the JSON path prefix for errors ({@code ""} or {@code recommendations[2].})
     * @throws ProblemException 422 when neither is given, or when both are and disagree
     */
    public static RecommendationNumber of(Integer number, String asWritten, String field) {
        if (asWritten == null || asWritten.isBlank()) {
            if (number == null) {
                throw ProblemException.unprocessable(field + "number", "give number or numberAsWritten");
            }
            return new RecommendationNumber(number, Integer.toString(number));
        }
        String written = asWritten.strip();
        int value = valueOf(written);
        if (value < 1 || value > MAX) {
            throw ProblemException.unprocessable(field + "numberAsWritten", "must be a number from 1 to " + MAX
                    + " or an ordinal word from «أولاً» to «عاشراً»");
        }
        if (number != null && number != value) {
            throw ProblemException.unprocessable(field + "number",
                    "is " + number + " but numberAsWritten «" + written + "» is " + value);
        }
        return new RecommendationNumber(value, written);
    }

    /**
     * The value of a string of digits in any of the three scripts, or of an ordinal word (validated by
     * {@link #WRITTEN_PATTERN}); 0 for another word.
     */
    public static int valueOf(String digits) {
        if (!digits.isEmpty() && !Character.isDigit(digits.charAt(0))) {
            return ArabicOrdinals.valueOf(digits);
        }
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            int digit = c >= '\u0660' && c <= '\u0669' ? c - '\u0660'
                    : c >= '\u06F0' && c <= '\u06F9' ? c - '\u06F0'
                    : c - '0';
            value = value * 10 + digit;
        }
        return value;
    }
}
