package org.liaison.intake;

import org.liaison.names.ArabicNames;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of an article with their spans, folded as the name keys fold them, and the sentences and clauses
 * (runs between commas, semicolons and colons) they fall in. One pass over the text.
 */
final class Tokens {

    /**
     * A word.
     *
     * @param start    its first character
     * @param end      after its last
     * @param key      {@link ArabicNames#searchKey} of it
     * @param sentence the index of its sentence
     * @param clause   the index of its clause (a clause never crosses a sentence)
     */
    record Token(int start, int end, String key, int sentence, int clause) {
    }

    final String text;
    final List<Token> list = new ArrayList<>();
    /** Each sentence's span, trimmed. */
    final List<Span> sentences = new ArrayList<>();

    Tokens(String text) {
        this.text = text;
        int sentence = 0;
        int clause = 0;
        int sentenceStart = -1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (isWordChar(c)) {
                int start = i;
                while (i < n && isWordChar(text.charAt(i))) {
                    i++;
                }
                String key = ArabicNames.searchKey(text.substring(start, i));
                if (!key.isEmpty()) {
                    if (sentenceStart < 0) {
                        sentenceStart = start;
                    }
                    list.add(new Token(start, i, key, sentence, clause));
                }
                continue;
            }
            if (isSentenceEnd(i)) {
                if (sentenceStart >= 0) {
                    sentences.add(new Span(sentenceStart, lastEnd()));
                    sentence++;
                    sentenceStart = -1;
                }
                clause++;
            } else if (c == '،' || c == ',' || c == '؛' || c == ';' || c == ':') {
                clause++;
            }
            i++;
        }
        if (sentenceStart >= 0) {
            sentences.add(new Span(sentenceStart, lastEnd()));
        }
    }

    /** The sentence with the full stop (or question or exclamation mark) that ends it, as a quote keeps it. */
    Span withStop(Span sentence) {
        int end = sentence.end();
        return end < text.length() && ".!?؟".indexOf(text.charAt(end)) >= 0 ? new Span(sentence.start(), end + 1)
                : sentence;
    }

    private int lastEnd() {
        int end = list.get(list.size() - 1).end();
        // Keep a closing quote or bracket with its sentence.
        while (end < text.length() && "”\"»)".indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        return end;
    }

    private boolean isSentenceEnd(int i) {
        char c = text.charAt(i);
        if (c == '\n' || c == '!' || c == '?' || c == '؟') {
            return true;
        }
        if (c != '.') {
            return false;
        }
        // «د.» and single-letter initials are abbreviations, and a full stop between digits is a decimal point.
        int before = i - 1;
        boolean letterBefore = before >= 0 && Character.isLetter(text.charAt(before));
        boolean wordOfOne = letterBefore && (before == 0 || !isWordChar(text.charAt(before - 1)));
        boolean digits = before >= 0 && Character.isDigit(text.charAt(before)) && i + 1 < text.length()
                && Character.isDigit(text.charAt(i + 1));
        return !wordOfOne && !digits;
    }

    static boolean isWordChar(char c) {
        if (Character.isLetterOrDigit(c) || c == '\u0640') {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.FORMAT;
    }

    /** The index of the first token of a sentence. */
    int firstOf(int sentence) {
        return indexAt(sentences.get(sentence).start());
    }

    int size() {
        return list.size();
    }

    Token get(int i) {
        return list.get(i);
    }

    /** The text of tokens {@code from} (inclusive) to {@code to} (exclusive), as written. */
    String written(int from, int to) {
        return text.substring(list.get(from).start(), list.get(to - 1).end());
    }

    Span span(int from, int to) {
        return new Span(list.get(from).start(), list.get(to - 1).end());
    }

    /** The index of the first token at or after {@code offset}, or {@link #size()}. */
    int indexAt(int offset) {
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** A folded word without the conjunction و/ف in front («وممثلي» → ممثلي). */
    static String stemless(String key) {
        return key.length() > 3 && (key.charAt(0) == 'و' || key.charAt(0) == 'ف') ? key.substring(1) : key;
    }

    /** A folded word without the conjunction و/ف and the article ال in front, for comparing content words. */
    static String stem(String key) {
        String k = key;
        if (k.length() > 3 && (k.charAt(0) == 'و' || k.charAt(0) == 'ف')) {
            k = k.substring(1);
        }
        if (k.length() > 3 && k.startsWith("ال")) {
            k = k.substring(2);
        }
        return k;
    }

    /**
     * The readings of a folded word with its attached particles taken off, fewest first, each with how many letters
     * were taken: «والمجلس» → المجلس; «للإدارة» → الادارة; «بباريس» → باريس; «لمنظمة» → منظمة.
     */
    static List<Reading> readings(String key) {
        List<Reading> out = new ArrayList<>();
        out.add(new Reading(key, 0));
        int taken = 0;
        String k = key;
        if (k.length() > 3 && (k.charAt(0) == 'و' || k.charAt(0) == 'ف')) {
            k = k.substring(1);
            taken = 1;
            out.add(new Reading(k, taken));
        }
        if (k.length() > 3 && k.startsWith("لل")) {
            // ل + ال written «لل»: the name's article is in the word, so the whole word stands for it.
            out.add(new Reading("ا" + k.substring(1), taken));
        } else if (k.length() > 3 && (k.charAt(0) == 'ب' || k.charAt(0) == 'ل' || k.charAt(0) == 'ك')) {
            out.add(new Reading(k.substring(1), taken + 1));
        }
        return out;
    }

    /** A word read without some of its leading letters. */
    record Reading(String key, int lettersTaken) {
    }

    /** The offset after {@code letters} letters from {@code start} (marks and tatweel skipped). */
    int afterLetters(int start, int letters) {
        int i = start;
        int seen = 0;
        while (seen < letters && i < text.length()) {
            if (Character.isLetter(text.charAt(i)) && text.charAt(i) != '\u0640') {
                seen++;
            }
            i++;
        }
        while (i < text.length() && !Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
