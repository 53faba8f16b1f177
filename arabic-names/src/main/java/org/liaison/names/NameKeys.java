package org.liaison.names;

import java.util.List;

/**
 * A name's display form and keys, computed together, with the {@link ArabicNames#KEY_VERSION} of
 * the rules that made them. Store all five next to the name; recompute the keys from
 * {@code display} when {@code version} is older than the current one.
 */
public record NameKeys(String display, String searchKey, String compactKey, String latinKey, int version) {

    /** The forms of a name; {@code null} for {@code null}, empty strings for a blank name. */
    public static NameKeys of(String name) {
        if (name == null) {
            return null;
        }
        String display = ArabicNames.display(name);
        return new NameKeys(display, ArabicNames.searchKey(display), ArabicNames.compactKey(display),
                ArabicNames.latinKey(display), ArabicNames.KEY_VERSION);
    }

    /**
     * What a search index stores for the name so that a search finds every spelling the duplicate check takes for it:
     * the search key, and the compact key where that differs (and is not empty).
     */
    public List<String> searchForms() {
        return compactKey.isEmpty() || compactKey.equals(searchKey) ? List.of(searchKey)
                : List.of(searchKey, compactKey);
    }

        /** Whether these keys were made by older rules and should be recomputed. */
    public boolean isStale() {
        return version != ArabicNames.KEY_VERSION;
    }
}
