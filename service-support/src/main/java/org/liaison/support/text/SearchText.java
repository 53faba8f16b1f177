package org.liaison.support.text;

import org.liaison.names.NameKeys;

import java.util.Collection;
import java.util.Objects;

/**
 * Texts as a column searched with {@link NameSearch}'s patterns holds them: each folded by the shared normaliser, and
 * by its compact key where that differs, a line each (no word runs from one text into the next). So a search finds
 * every spelling the duplicate check takes for the same words.
 */
public final class SearchText {

    private SearchText() {
    }

    /** Blank and null texts are left out. */
    public static String of(Collection<String> texts) {
        return String.join("\n", texts.stream().filter(Objects::nonNull)
                .flatMap(text -> NameKeys.of(text).searchForms().stream()).filter(key -> !key.isEmpty()).distinct()
                .toList());
    }
}
