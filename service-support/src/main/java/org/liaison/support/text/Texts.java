package org.liaison.support.text;

/** Small rules for free text from requests, the same in every service. */
public final class Texts {

    private Texts() {
    }

    /** Surrounding white space is never meaningful; an empty optional text is no text. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
