package org.liaison.names;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What each character becomes in a key: a table for every BMP character, computed once when the
 * class is loaded, and the same rule applied on the fly to the (rare) supplementary code points.
 * Package-private: {@link ArabicNames} is the API and documents the rules.
 */
final class CharFold {

    /** The character stays as it is. */
    static final byte KEEP = 0;
    /** The character becomes {@link #single(char)}. */
    static final byte MAP = 1;
    /** The character becomes several characters, {@link #multi(int)}. */
    static final byte MULTI = 2;
    /** The character is removed (format characters, harakat, tatweel, accents, ...). */
    static final byte DROP = 3;
    /** White space: a word separator. */
    static final byte SPACE = 4;
    /** Punctuation or symbol: a word separator in the search key, removed in the compact key. */
    static final byte PUNCT = 5;
    /** A format character (Cf) or a non-white-space control: removed, even before normalisation. */
    static final byte FORMAT = 6;

    /**
     * The search-key rules (also used by the compact key). Each table is built on first use, once
     * per JVM (some tens of milliseconds), by its own holder class.
     */
    static CharFold search() {
        return SearchHolder.TABLE;
    }

    /** The Latin-key rules. */
    static CharFold latin() {
        return LatinHolder.TABLE;
    }

    private static final class SearchHolder {
        static final CharFold TABLE = new CharFold(true);
    }

    private static final class LatinHolder {
        static final CharFold TABLE = new CharFold(false);
    }

    private final boolean search;
    private final byte[] kinds = new byte[0x10000];
    private final char[] singles = new char[0x10000];
    private final Map<Integer, String> multis = new HashMap<>();

    private CharFold(boolean search) {
        this.search = search;
        for (int c = 0; c < 0x10000; c++) {
            Fold f = rule(c);
            kinds[c] = f.kind;
            if (f.kind == MAP) {
                singles[c] = f.text.charAt(0);
            } else if (f.kind == MULTI) {
                multis.put(c, f.text);
            }
        }
    }

    byte kind(char c) {
        return kinds[c];
    }

    char single(char c) {
        return singles[c];
    }

    /** The replacement of a BMP character of kind {@link #MULTI}. */
    String multi(int c) {
        return multis.get(c);
    }

    /** The rule for any code point (used directly for supplementary code points). */
    Fold rule(int cp) {
        if (search) {
            Fold arabic = arabicRule(cp);
            if (arabic != null) {
                return arabic;
            }
        }
        if (cp >= 0x02B9 && cp <= 0x02BF) {
            // Modifier-letter apostrophes and the transliteration marks for ʿayn and hamza
            // (ʿAbd, Qurʾan, Hawaiʻi): punctuation in a name, whatever their category says.
            return Fold.PUNCT_FOLD;
        }
        if (cp == 0x0085) {
            return Fold.SPACE_FOLD;
        }
        switch (Character.getType(cp)) {
            case Character.FORMAT:
                return Fold.FORMAT_FOLD;
            case Character.CONTROL:
                return Character.isWhitespace(cp) ? Fold.SPACE_FOLD : Fold.FORMAT_FOLD;
            case Character.SPACE_SEPARATOR:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
                return Fold.SPACE_FOLD;
            case Character.DECIMAL_DIGIT_NUMBER: {
                int d = Character.digit(cp, 10);
                if (d < 0 || cp == '0' + d) {
                    return Fold.KEEP_FOLD;
                }
                return new Fold(MAP, String.valueOf((char) ('0' + d)));
            }
            case Character.NON_SPACING_MARK:
            case Character.ENCLOSING_MARK:
                return droppableMark(cp) ? Fold.DROP_FOLD : Fold.KEEP_FOLD;
            case Character.CONNECTOR_PUNCTUATION:
            case Character.DASH_PUNCTUATION:
            case Character.START_PUNCTUATION:
            case Character.END_PUNCTUATION:
            case Character.INITIAL_QUOTE_PUNCTUATION:
            case Character.FINAL_QUOTE_PUNCTUATION:
            case Character.OTHER_PUNCTUATION:
            case Character.MATH_SYMBOL:
            case Character.CURRENCY_SYMBOL:
            case Character.MODIFIER_SYMBOL:
            case Character.OTHER_SYMBOL:
                return Fold.PUNCT_FOLD;
            default:
                return letterRule(cp);
        }
    }

    /**
     * The Arabic-script rules of the search key, or null when the generic rules apply. Letters of
     * the Arabic blocks are never decomposed: only the folds listed here change them (so ؤ and ئ,
     * whose canonical decompositions carry a hamza mark, stay as they are).
     */
    private static Fold arabicRule(int cp) {
        switch (cp) {
            case 0x0622: // آ alef with madda above
            case 0x0623: // أ alef with hamza above
            case 0x0625: // إ alef with hamza below
            case 0x0671: // ٱ alef wasla
            case 0x0672: // ٲ alef with wavy hamza above
            case 0x0673: // ٳ alef with wavy hamza below
                return Fold.map('\u0627'); // ا
            case 0x0649: // ى alef maqsura
            case 0x06CC: // ی Farsi yeh
                return Fold.map('\u064A'); // ي
            case 0x0629: // ة taa marbuta
            case 0x06D5: // ە Kurdish ae
            case 0x06C0: // ۀ heh with yeh above (= ە + hamza above; هٔ gives ه too)
            case 0x06BE: // ھ heh doachashmee (Kurdish h)
                return Fold.map('\u0647'); // ه
            case 0x06A9: // ک keheh (Persian/Kurdish kaf)
                return Fold.map('\u0643'); // ك
            case 0x0640: // ـ tatweel
                return Fold.DROP_FOLD;
            default:
                break;
        }
        if (isArabicMark(cp)) {
            return Fold.DROP_FOLD;
        }
        if (isArabicBlock(cp) && Character.isLetter(cp)) {
            return Fold.KEEP_FOLD;
        }
        return null;
    }

    /** Harakat, superscript alef, Quranic annotation marks and the other Arabic combining marks. */
    static boolean isArabicMark(int cp) {
        return (cp >= 0x0610 && cp <= 0x061A)
                || (cp >= 0x064B && cp <= 0x065F)
                || cp == 0x0670
                || (cp >= 0x06D6 && cp <= 0x06ED)
                || (cp >= 0x0898 && cp <= 0x089F)
                || (cp >= 0x08CA && cp <= 0x08FF);
    }

    private static boolean isArabicBlock(int cp) {
        return (cp >= 0x0600 && cp <= 0x06FF)
                || (cp >= 0x0750 && cp <= 0x077F)
                || (cp >= 0x0870 && cp <= 0x08FF)
                || (cp >= 0xFB50 && cp <= 0xFDFF)
                || (cp >= 0xFE70 && cp <= 0xFEFF);
    }

    /**
     * Marks a key removes. The search key removes accents (the combining diacritical blocks, used
     * by Latin, Greek and Cyrillic letters), variation selectors and Arabic marks, but keeps the
     * vowel signs of other scripts; the Latin key removes every non-spacing or enclosing mark.
     */
    private boolean droppableMark(int cp) {
        if (!search) {
            return true;
        }
        return (cp >= 0x0300 && cp <= 0x036F)
                || (cp >= 0x1AB0 && cp <= 0x1AFF)
                || (cp >= 0x1DC0 && cp <= 0x1DFF)
                || (cp >= 0x20D0 && cp <= 0x20FF)
                || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xFE20 && cp <= 0xFE2F)
                || (cp >= 0xE0100 && cp <= 0xE01EF)
                || isArabicMark(cp);
    }

    /**
     * A letter (or anything not classified above): case-folded (upper then lower case, Locale.ROOT,
     * so ß becomes ss and ς becomes σ), then decomposed and stripped of the marks this key removes.
     */
    private Fold letterRule(int cp) {
        if (Character.isIdeographic(cp) || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xE000 && cp <= 0xF8FF)) {
            return Fold.KEEP_FOLD; // no case, no marks: skip the work for 30,000 characters
        }
        String original = new String(Character.toChars(cp));
        String folded = original;
        for (int round = 0; round < 3; round++) { // ẞ → ß → ss
            String next = folded.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
            if (next.equals(folded)) {
                break;
            }
            folded = next;
        }
        Normalizer.Form decompose = search ? Normalizer.Form.NFD : Normalizer.Form.NFKD;
        String decomposed = Normalizer.normalize(folded, decompose);
        StringBuilder kept = new StringBuilder(decomposed.length());
        boolean stripped = false;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            int type = Character.getType(c);
            if ((type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) && droppableMark(c)) {
                stripped = true;
            } else {
                kept.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        String result;
        if (!stripped) {
            result = folded;
        } else if (search) {
            result = Normalizer.normalize(kept, Normalizer.Form.NFKC);
        } else {
            result = kept.toString();
        }
        if (result.equals(original)) {
            return Fold.KEEP_FOLD;
        }
        if (result.isEmpty()) {
            return Fold.DROP_FOLD;
        }
        return new Fold(result.length() == 1 ? MAP : MULTI, result);
    }

    /** One rule's outcome. */
    static final class Fold {
        static final Fold KEEP_FOLD = new Fold(KEEP, null);
        static final Fold DROP_FOLD = new Fold(DROP, null);
        static final Fold SPACE_FOLD = new Fold(SPACE, null);
        static final Fold PUNCT_FOLD = new Fold(PUNCT, null);
        static final Fold FORMAT_FOLD = new Fold(FORMAT, null);

        final byte kind;
        final String text;

        Fold(byte kind, String text) {
            this.kind = kind;
            this.text = text;
        }

        static Fold map(char c) {
            return new Fold(MAP, String.valueOf(c));
        }
    }
}
