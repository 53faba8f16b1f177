package org.liaison.intake;

import java.time.LocalDate;

/**
 * An article as pasted: its text and what the editor knows of where it came from.
 *
 * @param text        the article, Arabic (other languages give a draft that says so); required, at most
 *                    {@link #MAX_LENGTH} characters
 * @param url         where it was published, or {@code null}
 * @param publisher   the outlet, or {@code null}
 * @param publishedOn the day it was published, or {@code null}: relative dates («أمس السبت») need it and are
 *                    left without a day when it is missing
 */
public record ArticleText(String text, String url, String publisher, LocalDate publishedOn) {

    /**
     * The longest article read, in characters. News articles run to a few thousand; a paste of this size is a
     * mistake, and refusing it keeps a draft's time bounded.
     */
    public static final int MAX_LENGTH = 100_000;

    public ArticleText {
        if (text == null) {
            throw new IllegalArgumentException("text: required");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("text: " + text.length() + " characters; at most " + MAX_LENGTH
                    + " are read");
        }
    }

    /** An article with nothing known of its source. */
    public static ArticleText of(String text) {
        return new ArticleText(text, null, null, null);
    }

    /** An article and the day it was published. */
    public static ArticleText of(String text, LocalDate publishedOn) {
        return new ArticleText(text, null, null, publishedOn);
    }
}
