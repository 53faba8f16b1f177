package org.liaison.sources.instruments;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The patterns that find references, run on a {@link Folded} text (hamza forms → ا, ى → ي, ة → ه,
 * harakat and tatweel removed, digits ASCII, punctuation a space except brackets and commas).
 * Arabic words may carry the attached particles و/ف and then ب/ل/ك («والقرار», «بالقرار»,
 * «للقرار», «واتفاقية»).
 */
final class ReferencePatterns {

    private ReferencePatterns() {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String CEDAW = InstrumentCatalogue.CEDAW;
    private static final String GENEVA = InstrumentCatalogue.GENEVA_COMMUNIQUE;

    /** Start of an Arabic word, with its optional attached particles. */
    private static final String AR = "(?<![\\p{L}\\p{N}])(?:[وف])?(?:[بلك])?";
    /** Start of a Latin word. */
    private static final String EN = "(?<![\\p{L}\\p{N}])";
    /** End of a word. */
    private static final String END = "(?![\\p{L}\\p{N}])";
    /** قرار / القرار / قرارات / القرارات (and للقرار, بالقرار ...). */
    private static final String QARAR = "(?:ال|ل)?قرار(?:ات)?";
    private static final String NUMBER_WORD_AR = "(?:\\s+(?:رقم|رقمي|ذي\\s+الرقم|ذو\\s+الرقم|المرقم))?";
    private static final String NUMBER_WORD_EN = "(?:\\s+(?:no|nos|number|numbers))?";

    private static Pattern p(String regex) {
        return Pattern.compile(regex, FLAGS);
    }

    /** Group {@code c}: the reference without the attached particles, as it is reported. */
    static final String CORE = "c";

    private static Pattern ar(String body) {
        return p(AR + "(?<c>" + body + ")");
    }

    private static Pattern en(String body) {
        return p(EN + "(?<c>" + body + ")");
    }

    /** Catalogue instruments named in words; each pattern's match is the whole mention. */
    record Named(String id, Pattern pattern) {
    }

    /**
     * The written forms of seed instruments that their aliases alone would miss (optional words, variants of a
     * word); they apply while the catalogue holds the instrument, before any alias.
     */
    static final List<Named> BUILT_IN = List.of(
            new Named(CEDAW, p(AR + "(?:(?:ال)?اتفاقيه\\s+)?سيداو" + END)),
            new Named(CEDAW, p(EN + "(?:the\\s+)?CEDAW(?:\\s+convention)?" + END)),
            new Named(CEDAW, p(AR + "(?:ال)?اتفاقيه\\s+(?:ال)?(?:قضاء|الغاء)\\s+(?:علي|عن)\\s+"
                    + "(?:(?:جميع|كافه)\\s+)?اشكال\\s+التمييز\\s+ضد\\s+المراه" + END)),
            new Named(CEDAW, p(EN + "(?:the\\s+)?(?:UN\\s+)?convention\\s+on\\s+the\\s+elimination\\s+of\\s+"
                    + "all\\s+forms\\s+of\\s+discrimination\\s+against\\s+women" + END)),
            new Named(GENEVA,
                    p(AR + "(?:ال|ل)?بيان\\s+جنيف(?:\\s*(?:1|الاول|I)(?![\\p{L}\\p{N}]))?")),
            new Named(GENEVA, p(EN + "(?:the\\s+)?geneva\\s+(?:(?:I|1)\\s+)?communiques?" + END)),
            new Named(GENEVA, p(EN + "(?:the\\s+)?(?:final\\s+)?communique\\s+of\\s+the\\s+"
                    + "action\\s+group\\s+for\\s+syria" + END)));

    /**
     * Words that cite a UN Security Council resolution explicitly; every number that follows resolves
     * to {@code unsc-NNNN}, in the catalogue or not.
     */
    static final List<Pattern> EXPLICIT = List.of(
            en("S\\s*RES(?![\\p{L}])"),
            en("UNSCR?(?:\\s+res(?:olutions?)?)?" + NUMBER_WORD_EN + END),
            en("(?:(?:the\\s+)?(?:UN|united\\s+nations)\\s+)?security\\s+council\\s+resolutions?"
                    + NUMBER_WORD_EN + END),
            en("(?:UN|united\\s+nations)\\s+resolutions?" + NUMBER_WORD_EN + END),
            ar(QARAR + "\\s+(?:ال)?مجلس\\s+الامن(?:\\s+الدولي)?(?:\\s+التابع\\s+للامم\\s+المتحده)?"
                    + NUMBER_WORD_AR + END),
            ar(QARAR + "\\s+(?:ال)?امميه?" + NUMBER_WORD_AR + END),
            ar(QARAR + "\\s+(?:ل|في\\s+)?(?:ال|ل)?امم\\s+المتحده" + NUMBER_WORD_AR + END));

    /**
     * The explicit citations that are a reference even without a number (singular and definite:
     * «قرار مجلس الأمن», «القرار الأممي», "Security Council resolution"); the plural and indefinite
     * forms («قرارات أممية», "resolutions") are prose when no number follows.
     */
    static final Pattern SINGULAR_CITATION = p("^(?:[وف])?(?:[بلك])?(?:قرار\\s+(?:ال)?مجلس|(?:ال|ل)قرار\\s+الاممي"
            + "(?![\\p{L}])|قرار\\s+(?:ل|في\\s+)?(?:ال|ل)?امم|.*security\\s+council\\s+resolution(?!s)"
            + "|UNSCR?\\s+resolution(?!s)|(?:UN|united\\s+nations)\\s+resolution(?!s))");

    /** Words that make a following catalogue number a resolution («القرارات الدولية 2118 و2254»). */
    static final List<Pattern> GENERIC = List.of(
            ar(QARAR + "(?:\\s+(?:الدولي|الدوليه|الشهير|رقم|رقمي|ذي\\s+الرقم|ذو\\s+الرقم|المرقم))*" + END),
            en("(?:resolutions?|res)" + NUMBER_WORD_EN + END));

    /** A resolution number: 1 to 4 digits, no leading zero. */
    static final Pattern NUMBER = Pattern.compile("\\s*(\\(\\s*)?([1-9]\\d{0,3})(?!\\d)(\\s*\\))?");
    /** The year of the resolution right after its number: "(2015)", «لعام 2015», "of 2015". */
    static final Pattern YEAR = Pattern.compile(
            "\\s*\\(\\s*(\\d{4})\\s*\\)"
                    + "|\\s+(?:ل|في\\s+)?(?:ال)?(?:عام|سنه)\\s+(\\d{4})(?!\\d)"
                    + "|\\s+(?:of|from)\\s+(\\d{4})(?!\\d)",
            FLAGS);
    /** Between two numbers of a list: a comma and/or و / and / or / أو. */
    static final Pattern SEPARATOR = Pattern.compile(
            "\\s*(?:,\\s*(?:(?:و|and|or|او)(?:\\s+|(?=\\d)))?|(?:و|and|or|او|&)(?:\\s+|(?=\\d)))", FLAGS);

    /** A whole text that is nothing but a number: a reference without context. */
    static final Pattern LONE_NUMBER = Pattern.compile("\\s*\\(?\\s*\\d{1,4}\\s*\\)?\\s*");

    /**
     * The pattern of an alias or name: its folded words in order, separated by white space, brackets or commas,
     * as whole words; an Arabic one may carry the attached particles, and its first word's article may be the
     * ل of «للإعلان». Empty when the alias has no letter (a bare number would make every number a reference).
     */
    static Optional<Pattern> alias(String alias) {
        String folded = Folded.of(alias).text();
        if (!folded.codePoints().anyMatch(Character::isLetter)) {
            return Optional.empty();
        }
        List<String> words = Arrays.stream(folded.split("[\\s(),]+")).filter(w -> !w.isEmpty()).toList();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (i > 0) {
                body.append("[\\s(),]+");
            }
            if (i == 0 && word.startsWith("ال") && word.length() > 2) {
                body.append("(?:ال|ل)").append(Pattern.quote(word.substring(2)));
            } else {
                body.append(Pattern.quote(word));
            }
        }
        boolean arabic = Character.UnicodeScript.of(words.get(0).codePointAt(0)) == Character.UnicodeScript.ARABIC;
        return Optional.of(p((arabic ? AR : EN + "(?:the\\s+)?") + "(?<c>" + body + ")" + END));
    }

    /** Words that cannot start the name of a convention («اتفاقية تعاون», «اتفاقية مع تركيا»). */
    private static final String NOT_A_NAME = "(?:مع|بين|في|علي|عن|من|الي|حول|بشان|تم|ان|لا|هذه|تلك|التي|الذي|"
            + "تعاون|تفاهم|شراكه|سلام|تجاره|عمل|مشتركه|ثنائيه|جديده|دوليه|اطار|مبدئيه|نهائيه|اوليه)";

    /** Named instruments outside the catalogue; reported as unresolved, as written. */
    static final List<Pattern> UNKNOWN_NAMED = List.of(
            ar("(?:اتفاقيه|معاهده)\\s+(?!" + NOT_A_NAME + END + ")[\\p{L}]+(?:\\s+ال[\\p{L}]+){0,2}"),
            Pattern.compile(EN
                    + "(?<c>(?:(?!The\\s)[A-Z][\\p{L}'-]*\\s+){1,3}(?:Conventions?|Communiques?|Treaty))(?![\\p{L}])"),
            Pattern.compile(EN + "(?<c>(?:Convention|Treaty)\\s+(?:on|against|relating\\s+to|for|of)\\s+"
                    + "(?:(?:the|of|and|all|on|against|in|to|for)\\s+)*[A-Z][\\p{L}-]*"
                    + "(?:\\s+(?:(?:the|of|and|all|on|against|in|to|for)\\s+)*[A-Z][\\p{L}-]*)*)"));
}
