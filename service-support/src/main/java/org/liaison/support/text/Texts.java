package org.liaison.support.text;

/** Small rules for free text from requests, the same in every service. */
public final class Texts {

    /** A Bean Validation {@code @Pattern} for optional text that, when present, must hold more than white space. */
    public static final String NOT_BLANK = "(?s).*\\S.*";

    private Texts() {
    }

    /** Surrounding white space is never meaningful; an empty optional text is no text. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The text with the wildcards of a SQL {@code like} pattern escaped, to match it literally. */
    public static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
