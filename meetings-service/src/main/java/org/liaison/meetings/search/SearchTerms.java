package org.liaison.meetings.search;

import org.liaison.names.ArabicNames;
import org.liaison.support.problem.ProblemException;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The words of a full-text query, folded by {@link ArabicNames#searchKey} as the documents are («مســد» is «مسد»,
 * «هيئه» is «هيئة», «Baytna» is «baytna»). Every word must occur (AND); the last one also matches as the start of
 * a word, so «مجل» finds «مجلس» and a query typed so far finds something. No stemming: «الاجتماع» does not find
 * «اجتماع».
 * A query whose compact key (the duplicate check's) differs from its words also matches by the words of that key,
 * which the documents carry for names: «عبدالرحمن» finds «عبد الرحمن» and the other way round.
 *
 * @param compactWords the words of the query's compact key when they differ from {@code words}, else null
 */
public record SearchTerms(List<String> words, List<String> compactWords) {

    public static final String PARAM = "q";
    static final int MAX_LENGTH = 500;
    static final int MAX_WORDS = 32;

    /** @return null when {@code q} is absent or empty */
    public static SearchTerms parse(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        if (q.length() > MAX_LENGTH) {
            throw ProblemException.badRequest(PARAM, "must be at most " + MAX_LENGTH + " characters");
        }
        List<String> words = words(ArabicNames.searchKey(q));
        if (words.isEmpty()) {
            throw ProblemException.badRequest(PARAM, "must contain a letter or a digit");
        }
        if (words.size() > MAX_WORDS) {
            throw ProblemException.badRequest(PARAM, "must have at most " + MAX_WORDS + " words");
        }
        List<String> compactWords = words(ArabicNames.compactKey(q));
        return new SearchTerms(words, compactWords.isEmpty() || compactWords.equals(words) ? null : compactWords);
    }

    private static List<String> words(String key) {
        return Arrays.stream(key.split(" ")).filter(w -> !w.isEmpty()).toList();
    }

    /** The query for {@code to_tsquery('simple', ...)}: each word quoted, the last one as a prefix. */
    String tsquery() {
        return compactWords == null ? all(words) : "(" + all(words) + ") | (" + all(compactWords) + ")";
    }

    private static String all(List<String> words) {
        String last = words.get(words.size() - 1);
        return words.subList(0, words.size() - 1).stream().map(SearchTerms::quote)
                .collect(Collectors.collectingAndThen(Collectors.toList(), quoted -> {
                    quoted.add(quote(last) + ":*");
                    return String.join(" & ", quoted);
                }));
    }

    /** The folding leaves no quote or backslash in a word; escaped all the same, as tsquery reads them. */
    private static String quote(String word) {
        return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
