package org.liaison.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Spellings of a name that the duplicate check takes for the same name, made with the normaliser's own rules: the
 * letters that fold to each letter, the marks it removes and the digits it reads are found by asking
 * {@link ArabicNames#searchKey} about every character of the Arabic block and the digits, so a rule added to it is
 * exercised here without a change; the compound prefixes (عبد, أبو, ال, Al-) are joined, split or hyphenated as its
 * compact key allows. Shared with the services' search tests through this module's test jar (issue 16: organisations,
 * people, meetings and recommendations are all searched by these spellings).
 */
public final class NameVariants {

    private static final Map<Character, List<Character>> LETTERS = new HashMap<>();
    private static final List<Character> REMOVED_MARKS = new ArrayList<>();

    static {
        for (char c = 0x0600; c <= 0x06FF; c++) {
            String alone = String.valueOf(c);
            String key = ArabicNames.searchKey(alone);
            if (key.length() == 1 && key.charAt(0) != c && Character.isLetterOrDigit(c)) {
                LETTERS.computeIfAbsent(key.charAt(0), k -> new ArrayList<>(List.of(k))).add(c);
            }
            if (Character.getType(c) == Character.NON_SPACING_MARK || c == 'ـ') {
                // A mark is only removable where the key of a letter with it is the key of the letter alone.
                if (ArabicNames.searchKey("ب" + c).equals("ب") && ArabicNames.compactKey("ب" + c).equals("ب")) {
                    REMOVED_MARKS.add(c);
                }
            }
        }
    }

    private NameVariants() {
    }

    /** The letters (and digits) the normaliser folds to each letter or digit, the letter itself first. */
    public static Map<Character, List<Character>> letters() {
        return LETTERS;
    }

    public static List<Character> removedMarks() {
        return REMOVED_MARKS;
    }

    /** A spelling of {@code name} with the same compact key, drawn with {@code random}. */
    public static String of(String name, Random random) {
        StringBuilder out = new StringBuilder();
        String[] words = name.split(" ");
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            if (word.startsWith("ال") && word.length() > 3 && random.nextInt(4) == 0) {
                word = "ال " + word.substring(2); // the article's space is one the compact key removes
            }
            out.append(letters(word, random));
            if (w < words.length - 1) {
                out.append(separator(words[w], random));
            }
        }
        return out.toString();
    }

    /** After a compound prefix, the space may go or become a hyphen; elsewhere it stays a space. */
    private static String separator(String word, Random random) {
        String folded = ArabicNames.searchKey(word);
        boolean prefix = List.of("عبد", "ابو", "ال", "al", "el", "abu", "abd").contains(folded);
        if (!prefix) {
            return " ";
        }
        return switch (random.nextInt(3)) {
            case 0 -> "";
            case 1 -> "-";
            default -> " ";
        };
    }

    /**
     * Whether the hyphen at {@code i} may be a space: after a compound prefix («Al-Achi») the compact key drops
     * either, elsewhere («U.N.-Habitat») a space would part what the hyphen joins.
     */
    private static boolean spaceIsTheSame(String word, int i) {
        String spaced = word.substring(0, i) + " " + word.substring(i + 1);
        return ArabicNames.compactKey(spaced).equals(ArabicNames.compactKey(word));
    }

    private static String letters(String word, Random random) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            List<Character> variants = LETTERS.get(c);
            if (variants != null && random.nextInt(3) == 0) {
                c = variants.get(random.nextInt(variants.size()));
            } else if (Character.isLetter(c) && c < 0x0600 && random.nextInt(3) == 0) {
                c = random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c);
            } else if (c == '-' && random.nextBoolean() && spaceIsTheSame(word, i)) {
                out.append(' ');
                continue;
            }
            out.append(c);
            boolean arabicLetter = c >= 0x0620 && c <= 0x06D3 && Character.isLetter(c);
            if (arabicLetter && random.nextInt(6) == 0) {
                char mark = REMOVED_MARKS.get(random.nextInt(REMOVED_MARKS.size()));
                // Some marks compose with some letters into another letter (و and a hamza above are ؤ).
                if (ArabicNames.searchKey("" + c + mark).equals(ArabicNames.searchKey(String.valueOf(c)))) {
                    out.append(mark);
                }
            }
        }
        return out.toString();
    }
}
