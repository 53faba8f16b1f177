package org.liaison.names;

import java.util.List;

/**
 * The ordinal adverbs Arabic numbers a list with («أولاً»، «ثانياً» ... «عاشراً»), as written in any spelling the
 * normaliser folds together (with or without hamza and tanween): article intake reads such a list as recommendations,
 * and recommendations-service keeps the word as the number as written, ordered by its value.
 */
public final class ArabicOrdinals {

    /** Their search keys, first to tenth. */
    private static final List<String> KEYS = List.of("اولا", "ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا", "سابعا",
            "ثامنا", "تاسعا", "عاشرا");

    private ArabicOrdinals() {
    }

    /** The value of an ordinal word (1 for «أولاً»), or 0 when the text is not one. */
    public static int valueOf(String word) {
        if (word == null || word.length() > 12) {
            return 0;
        }
        return KEYS.indexOf(ArabicNames.searchKey(word)) + 1;
    }
}
