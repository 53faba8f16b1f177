package org.liaison.sources.dates;

import org.liaison.names.ArabicNames;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The vocabulary of dates in Arabic news (Levantine and other month names, weekdays, relative
 * words) and English, and the reading of a text into a list of {@link Word}s.
 *
 * <p>The text is first folded with {@link ArabicNames#searchKey} (hamza forms, ة, ى, harakat and
 * tatweel, Arabic-Indic digits, punctuation, Latin case), then split into words. At each position the
 * longest phrase of the vocabulary wins («اليوم التالي» over «اليوم»); a word that is not in the
 * vocabulary is tried again without the attached particles و/ف and ب/ل («وغداً», «بالأمس»).
 */
final class DateWords {

    enum Kind { FILLER, RELATIVE, WEEKDAY, NEXT, LAST, MONTH, NUMBER, UNKNOWN }

    /** The relative words, each with the day it gives and what it counts from. */
    enum Relative {
        TODAY(0, false), YESTERDAY(-1, false), BEFORE_YESTERDAY(-2, false), TOMORROW(1, false),
        AFTER_TOMORROW(2, false), NEXT_DAY(1, true), PREVIOUS_DAY(-1, true);

        final int offset;
        final boolean fromReference;

        Relative(int offset, boolean fromReference) {
            this.offset = offset;
            this.fromReference = fromReference;
        }
    }

    /** One word or phrase: its kind and value (weekday 1–7 from Monday, month 1–12, or the number). */
    record Word(Kind kind, int value, String text) {
    }

    private static final Map<String, Word> PHRASES = new HashMap<>();
    private static final int LONGEST = 3;

    static {
        fillers("في", "يوم", "تاريخ", "بتاريخ", "الموافق", "صباح", "مساء", "ظهر", "ظهيره", "عصر", "ليله", "ليل",
                "فجر", "نهار", "عام", "العام", "لعام", "للعام", "سنه", "لسنه", "شهر", "م", "من",
                "on", "the", "of", "at", "in", "morning", "evening", "night", "year");
        relative(Relative.TODAY, "اليوم", "هذا اليوم", "today");
        relative(Relative.YESTERDAY, "امس", "الامس", "البارحه", "yesterday");
        relative(Relative.BEFORE_YESTERDAY, "اول امس", "اول من امس", "اول البارحه", "day before yesterday");
        relative(Relative.TOMORROW, "غدا", "غد", "الغد", "tomorrow");
        relative(Relative.AFTER_TOMORROW, "بعد غد", "بعد غدا", "بعد الغد", "day after tomorrow");
        relative(Relative.NEXT_DAY, "اليوم التالي", "اليوم اللاحق", "اليوم الذي يليه", "next day", "following day",
                "day after");
        relative(Relative.PREVIOUS_DAY, "اليوم السابق", "اليوم الذي سبقه", "previous day", "day before");
        words(Kind.NEXT, 0, "المقبل", "المقبله", "القادم", "القادمه", "next", "coming");
        words(Kind.LAST, 0, "الماضي", "الماضيه", "المنصرم", "المنصرمه", "الفائت", "الفائته", "السابق", "السابقه",
                "last", "past", "previous");
        words(Kind.WEEKDAY, 1, "الاثنين", "اثنين", "الاتنين", "monday", "mon");
        words(Kind.WEEKDAY, 2, "الثلاثاء", "ثلاثاء", "الثلثاء", "الثلاثا", "tuesday", "tue", "tues");
        words(Kind.WEEKDAY, 3, "الاربعاء", "اربعاء", "الاربعا", "wednesday", "wed");
        words(Kind.WEEKDAY, 4, "الخميس", "خميس", "thursday", "thu", "thurs");
        words(Kind.WEEKDAY, 5, "الجمعه", "جمعه", "friday", "fri");
        words(Kind.WEEKDAY, 6, "السبت", "سبت", "saturday", "sat");
        words(Kind.WEEKDAY, 7, "الاحد", "احد", "sunday", "sun");
        months(1, "كانون الثاني", "كانون ثاني", "يناير", "جانفي", "january", "jan");
        months(2, "شباط", "فبراير", "فيفري", "february", "feb");
        months(3, "اذار", "مارس", "march", "mar");
        months(4, "نيسان", "ابريل", "افريل", "april", "apr");
        months(5, "ايار", "مايو", "ماي", "may");
        months(6, "حزيران", "يونيو", "يونيه", "جوان", "june", "jun");
        months(7, "تموز", "يوليو", "يوليه", "جويليه", "july", "jul");
        months(8, "اب", "اغسطس", "اوت", "august", "aug");
        months(9, "ايلول", "سبتمبر", "september", "sep", "sept");
        months(10, "تشرين الاول", "تشرين اول", "اكتوبر", "october", "oct");
        months(11, "تشرين الثاني", "تشرين ثاني", "نوفمبر", "november", "nov");
        months(12, "كانون الاول", "كانون اول", "ديسمبر", "december", "dec");
    }

    private DateWords() {
    }

    private static void fillers(String... phrases) {
        words(Kind.FILLER, 0, phrases);
    }

    private static void relative(Relative relative, String... phrases) {
        words(Kind.RELATIVE, relative.ordinal(), phrases);
    }

    private static void months(int month, String... phrases) {
        words(Kind.MONTH, month, phrases);
    }

    private static void words(Kind kind, int value, String... phrases) {
        for (String phrase : phrases) {
            if (PHRASES.put(phrase, new Word(kind, value, phrase)) != null) {
                throw new IllegalStateException("phrase listed twice: " + phrase);
            }
        }
    }

    /** The words of a text; an empty list for a text with none. */
    static List<Word> read(String text) {
        String key = ArabicNames.searchKey(text);
        String[] tokens = key == null || key.isEmpty() ? new String[0] : key.split(" ");
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < tokens.length) {
            Word found = null;
            int length = 0;
            for (int n = Math.min(LONGEST, tokens.length - i); n >= 1 && found == null; n--) {
                for (String first : variants(tokens[i])) {
                    StringBuilder phrase = new StringBuilder(first);
                    for (int k = 1; k < n; k++) {
                        phrase.append(' ').append(tokens[i + k]);
                    }
                    Word word = PHRASES.get(phrase.toString());
                    if (word != null) {
                        found = word;
                        length = n;
                        break;
                    }
                }
            }
            if (found == null) {
                found = number(tokens[i]);
                length = 1;
            }
            if (found.kind() != Kind.FILLER) {
                words.add(found);
            }
            i += length;
        }
        return words;
    }

    /** A word as written, then without و/ف, then without ب/ل/ك after them («وبالأمس» → «الامس»). */
    private static List<String> variants(String token) {
        List<String> variants = new ArrayList<>(3);
        variants.add(token);
        String rest = token;
        if (rest.length() > 2 && (rest.charAt(0) == 'و' || rest.charAt(0) == 'ف')) {
            rest = rest.substring(1);
            variants.add(rest);
        }
        if (rest.length() > 2 && (rest.charAt(0) == 'ب' || rest.charAt(0) == 'ل' || rest.charAt(0) == 'ك')) {
            variants.add(rest.substring(1));
        }
        return variants;
    }

    /** A number («10», «2024م», "10th") or an unknown word. */
    private static Word number(String token) {
        String digits = token.replaceFirst("^(\\d{1,4})(?:م|st|nd|rd|th)$", "$1");
        if (digits.matches("\\d{1,4}")) {
            return new Word(Kind.NUMBER, Integer.parseInt(digits), digits);
        }
        return new Word(Kind.UNKNOWN, 0, token);
    }
}
