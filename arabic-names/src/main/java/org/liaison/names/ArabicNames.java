package org.liaison.names;

import java.text.Normalizer;

/**
 * The one Arabic-aware name normaliser of the project: a display form to store and show, and three
 * keys to find and compare names (organisations, people, places) however they were typed.
 *
 * <p>Every method is pure and thread-safe, returns {@code null} for {@code null} and an empty string
 * for a blank text (a text with nothing but white space, invisible characters, or, for the keys,
 * punctuation and marks). Each runs in one pass over a per-character table, after one
 * {@link Normalizer} call, without regular expressions; the tables cover the whole BMP and are built
 * once per JVM on first use (some tens of milliseconds). Names are never stemmed: the article ال,
 * plurals and suffixes stay as written.
 *
 * <h2>Display form ({@link #display})</h2>
 * Never changes a letter or a diacritic. It removes invisible format characters, the bidi controls
 * (U+200E, U+200F, U+061C, U+202A–U+202E, U+2066–U+2069), U+FEFF, U+200B, ZWJ U+200D, U+2060–U+2064,
 * U+206A–U+206F, U+180E, the soft hyphen U+00AD, U+FFF9–U+FFFB and control characters that are not
 * white space; turns every run of white space (including no-break and ideographic spaces) into one
 * space; trims; and applies Unicode NFC. ZWNJ U+200C is kept: it is spelling in Persian and Kurdish
 * (می‌خواهم).
 *
 * <h2>Search key ({@link #searchKey})</h2>
 * Format characters and non-white-space controls are removed, the text is put in NFKC (which also
 * turns the Arabic presentation forms U+FB50–U+FEFF into base letters, e.g. ﻷ into لأ), and then each
 * character is folded:
 * <ul>
 *   <li>أ إ آ ٱ ٲ ٳ → ا; ى and Persian ی → ي; ة, Kurdish ە, ۀ and ھ → ه; Persian/Kurdish ک → ك;</li>
 *   <li>tatweel U+0640, harakat U+064B–U+065F, superscript alef U+0670, the Quranic annotation marks
 *       U+06D6–U+06ED and the other Arabic combining marks (U+0610–U+061A, U+0898–U+089F,
 *       U+08CA–U+08FF) are removed;</li>
 *   <li>every decimal digit (Arabic-Indic ٠–٩, Persian ۰–۹, ...) becomes its ASCII digit;</li>
 *   <li>other letters are case-folded (upper then lower case, Locale.ROOT: ß → ss) and lose the
 *       accents of the combining diacritical blocks (é → e); variation selectors are removed;</li>
 *   <li>punctuation and symbols (، ؛ ؟ « » “ ” " - – — ( ) . ...) and white space become one space
 *       between words; the key is trimmed.</li>
 * </ul>
 * ؤ, ئ and ء are not folded (see the module README): they are different spellings, and the
 * canonically decomposed forms (و + U+0654) compose back to ؤ before folding.
 *
 * <h2>Compact key ({@link #compactKey})</h2>
 * The search key, except that punctuation and symbols are removed instead of becoming spaces, and
 * that the space after a compound prefix is removed. The exact rule: reading the folded text left to
 * right, a space between two words is removed when the text since the previous kept space (or the
 * start) consists entirely of one or more of the prefixes عبد, ابو, ال (after folding, so أبو and
 * آل too) and their Latin transliterations al, el, abu, abou, abd, abdul, abdel. So «عبد الرحمن»,
 * «عبدالرحمن» and «عبد-الرحمن» all give «عبدالرحمن»; «أبو بكر» gives «ابوبكر»; «آل سعود» gives
 * «السعود»; «أبو عبد الله», «أبوعبد الله» and «ابو عبدالله» all give «ابوعبدالله»; «Al-Achi» and
 * «Al Achi» give «alachi». Because a run made only of prefixes always joins the next word, two names
 * that differ only in spaces or punctuation after such prefixes get the same compact key. A prefix
 * inside a longer word (المجلس, عبدالله) is left alone, and a prefix at the end joins nothing.
 *
 * <h2>Latin key ({@link #latinKey})</h2>
 * For names written in Latin letters: NFKD, every combining mark removed, case-folded (Locale.ROOT),
 * decimal digits to ASCII, punctuation and symbols (and ʿ ʾ ʼ) to a space, white space collapsed,
 * trimmed. «Al-Achi», «AL ACHI» and «al achi» give «al achi»; «Société» gives «societe».
 *
 * <h2>Versions</h2>
 * {@link #KEY_VERSION} names the rules above. Stored keys carry it; when a rule changes, it is bumped
 * and stored keys with an older version are recomputed from the stored display form. Character
 * categories come from the JDK's Unicode tables, so characters a newer Unicode version assigns may
 * also change keys on a JDK upgrade; recomputing keys then is safe.
 */
public final class ArabicNames {

    /** The version of the key rules; bump it when any rule changes, so stored keys are recomputed. */
    public static final int KEY_VERSION = 1;

    private static final int MAX_RENORMALISATIONS = 3;

    private static final String[] PREFIXES = {
        "\u0639\u0628\u062F", // عبد
        "\u0627\u0628\u0648", // ابو (أبو after folding)
        "\u0627\u0644",       // ال (آل after folding)
        "abdul", "abdel", "abou", "abd", "abu", "al", "el",
    };

    private static final int MAX_PREFIX_RUN = 32;

    private ArabicNames() {
    }

    /**
     * The form to store and show: NFC, invisible format and bidi characters removed (ZWNJ kept),
     * white space collapsed to single spaces and trimmed; letters and diacritics as written.
     */
    public static String display(String text) {
        if (text == null) {
            return null;
        }
        if (isCleanForDisplay(text)) {
            return Normalizer.normalize(text, Normalizer.Form.NFC);
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            byte kind = DisplayTable.KINDS[c];
            if (kind == DisplayTable.KEEP) {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            } else if (kind == DisplayTable.SPACE) {
                pendingSpace = out.length() > 0;
            }
        }
        String cleaned = out.toString();
        return Normalizer.normalize(cleaned, Normalizer.Form.NFC);
    }

    /** Whether the text has nothing to remove and only single ASCII spaces between words. */
    private static boolean isCleanForDisplay(String text) {
        boolean previousSpace = true; // no leading space
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            byte kind = DisplayTable.KINDS[c];
            if (kind == DisplayTable.KEEP) {
                previousSpace = false;
            } else if (kind == DisplayTable.SPACE && c == ' ' && !previousSpace) {
                previousSpace = true;
            } else {
                return false;
            }
        }
        return !previousSpace || text.isEmpty();
    }

    /**
     * The key to search by: NFKC, Arabic letter variants folded, marks and tatweel removed, digits
     * to ASCII, Latin case-folded without accents, punctuation to spaces, white space collapsed.
     */
    public static String searchKey(String text) {
        return text == null ? null : key(text, false);
    }

    /**
     * The key to compare names by: the search key with punctuation removed and the space after the
     * compound prefixes عبد / ابو / ال (and al, el, abu, abou, abd, abdul, abdel) removed.
     */
    public static String compactKey(String text) {
        return text == null ? null : key(text, true);
    }

    /** The key for names in Latin letters: NFKD, marks removed, case-folded, punctuation to spaces. */
    public static String latinKey(String text) {
        if (text == null) {
            return null;
        }
        CharFold table = CharFold.latin();
        String current = text;
        for (int round = 0; ; round++) {
            String normalised = Normalizer.normalize(current, Normalizer.Form.NFKD);
            StringBuilder out = new StringBuilder(normalised.length());
            boolean dropped = fold(normalised, table, false, out);
            String result = out.toString();
            if (!dropped || round == MAX_RENORMALISATIONS
                    || Normalizer.isNormalized(result, Normalizer.Form.NFKD)) {
                return result;
            }
            current = result;
        }
    }

    /** True when both names are present and have the same, non-empty compact key. */
    public static boolean sameName(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String ka = compactKey(a);
        return !ka.isEmpty() && ka.equals(compactKey(b));
    }

    private static String key(String text, boolean compact) {
        CharFold table = CharFold.search();
        String current = text;
        for (int round = 0; ; round++) {
            String normalised = Normalizer.normalize(withoutFormatCharacters(current, table), Normalizer.Form.NFKC);
            StringBuilder out = new StringBuilder(normalised.length());
            boolean dropped = fold(normalised, table, compact, out);
            String result = out.toString();
            // Removing a character can leave two neighbours that NFKC would combine (Hangul jamo,
            // a base and a kept mark); normalise and fold once more so that key(key(x)) == key(x).
            if (!dropped || round == MAX_RENORMALISATIONS
                    || Normalizer.isNormalized(result, Normalizer.Form.NFKC)) {
                return result;
            }
            current = result;
        }
    }

    /**
     * Removes format characters before normalisation, so that an invisible character between a
     * letter and its hamza mark does not stop them from composing. Returns the text itself when it
     * has none (the usual case).
     */
    private static String withoutFormatCharacters(String text, CharFold table) {
        int length = text.length();
        int i = 0;
        while (i < length && table.kind(text.charAt(i)) != CharFold.FORMAT) {
            i++;
        }
        if (i == length) {
            return text;
        }
        StringBuilder out = new StringBuilder(length).append(text, 0, i);
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (table.kind(c) != CharFold.FORMAT) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The single folding pass. Appends the key to {@code out}; returns whether any character was
     * removed (not counting white space).
     */
    private static boolean fold(String text, CharFold table, boolean compact, StringBuilder out) {
        boolean dropped = false;
        boolean pendingSpace = false;
        int wordStart = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            byte kind;
            String replacement = null;
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(i + 1));
                i++;
                CharFold.Fold f = table.rule(cp);
                kind = f.kind;
                replacement = kind == CharFold.KEEP ? new String(Character.toChars(cp)) : f.text;
                if (kind == CharFold.KEEP || kind == CharFold.MAP) {
                    kind = CharFold.MULTI;
                }
            } else {
                kind = table.kind(c);
                if (kind == CharFold.MULTI) {
                    replacement = table.multi(c);
                }
            }
            switch (kind) {
                case CharFold.KEEP:
                case CharFold.MAP:
                case CharFold.MULTI:
                    if (pendingSpace) {
                        pendingSpace = false;
                        if (!(compact && isPrefixRun(out, wordStart))) {
                            out.append(' ');
                            wordStart = out.length();
                        }
                    }
                    if (kind == CharFold.KEEP) {
                        out.append(c);
                    } else if (kind == CharFold.MAP) {
                        out.append(table.single(c));
                    } else {
                        out.append(replacement);
                    }
                    break;
                case CharFold.SPACE:
                    pendingSpace = out.length() > 0;
                    break;
                case CharFold.PUNCT:
                    if (compact) {
                        dropped = true;
                    } else {
                        pendingSpace = out.length() > 0;
                    }
                    break;
                default: // DROP, FORMAT
                    dropped = true;
                    break;
            }
        }
        return dropped;
    }

    /** Whether {@code out[from..]} is one or more compound prefixes, e.g. «عبد», «ابوعبد», «al». */
    private static boolean isPrefixRun(CharSequence out, int from) {
        int to = out.length();
        return to > from && to - from <= MAX_PREFIX_RUN && prefixesFrom(out, from, to);
    }

    private static boolean prefixesFrom(CharSequence text, int from, int to) {
        if (from == to) {
            return true;
        }
        for (String prefix : PREFIXES) {
            int end = from + prefix.length();
            if (end <= to && regionEquals(text, from, prefix) && prefixesFrom(text, end, to)) {
                return true;
            }
        }
        return false;
    }

    private static boolean regionEquals(CharSequence text, int from, String prefix) {
        for (int j = 0; j < prefix.length(); j++) {
            if (text.charAt(from + j) != prefix.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /** What the display form does with each BMP character. */
    private static final class DisplayTable {
        static final byte KEEP = 0;
        static final byte REMOVE = 1;
        static final byte SPACE = 2;
        static final byte[] KINDS = new byte[0x10000];

        static {
            for (int c = 0; c < 0x10000; c++) {
                KINDS[c] = kindOf(c);
            }
        }

        private static byte kindOf(int c) {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x0085) {
                return SPACE;
            }
            if (Character.getType(c) == Character.CONTROL) {
                return REMOVE;
            }
            if (c == 0x00AD || c == 0x061C || c == 0x180E || c == 0xFEFF
                    || (c >= 0x200B && c <= 0x200F && c != 0x200C)
                    || (c >= 0x202A && c <= 0x202E)
                    || (c >= 0x2060 && c <= 0x2064)
                    || (c >= 0x2066 && c <= 0x206F)
                    || (c >= 0xFFF9 && c <= 0xFFFB)) {
                return REMOVE;
            }
            return KEEP;
        }
    }
}
