package org.liaison.support.text;

import org.liaison.names.ArabicNames;

import java.util.List;
import java.util.Optional;

import static org.liaison.support.text.Texts.likeEscaped;

/**
 * What a search by name ({@code ?q=}) matches folded names with, so that it agrees with the duplicate check: the
 * query's search key and its compact key (the duplicate check's), each as a LIKE pattern ({@code %key%}), matched
 * against names' search keys and compact keys. So any spelling the duplicate check takes for a name finds it
 * («عبد الرحمن» and «عبدالرحمن», «أبو بكر» and «ابوبكر», «Al-Achi» and «AlAchi»), and a query with punctuation
 * between words still finds names by its search key.
 *
 * @param search  the pattern of the query's search key
 * @param compact the pattern of its compact key
 */
public record NameSearch(String search, String compact) {

    /** What a query that folds to nothing (marks and punctuation only) matches: every text, as an empty word does. */
    public static final NameSearch EVERYTHING = new NameSearch("%", "%");

    /** Empty when {@code q} has nothing to search by. */
    public static Optional<NameSearch> of(String q) {
        String searchKey = q == null ? "" : ArabicNames.searchKey(q);
        if (searchKey.isEmpty()) {
            return Optional.empty();
        }
        String compactKey = ArabicNames.compactKey(q);
        return Optional.of(new NameSearch(like(searchKey), like(compactKey.isEmpty() ? searchKey : compactKey)));
    }

    /** For one column that holds both keys of each name: one pattern when they are the same, else both. */
    public List<String> distinctPatterns() {
        return search.equals(compact) ? List.of(search) : List.of(search, compact);
    }

    private static String like(String key) {
        return "%" + likeEscaped(key) + "%";
    }
}
