package org.liaison.recommendations.common;

/** Bounds on the texts and lists of recommendations-service requests, so that no field can grow without limit. */
public final class Limits {
    public static final int TITLE_MAX = 500;
    /** A recommendation's text: article 004's longest item is about 400 characters. */
    public static final int TEXT_MAX = 5000;
    public static final int NAME_MAX = 300;
    public static final int SHORT_TEXT_MAX = 100;
    public static final int NOTE_MAX = 2000;
    public static final int URL_MAX = 2000;
    public static final int LIST_MAX = 50;
    /** Recommendations sent inline with a set. */
    public static final int RECOMMENDATIONS_MAX = 100;
    public static final String HTTP_URL = "^https?://\\S+$";
    public static final String HTTP_URL_MESSAGE = "must be an http or https URL";

    private Limits() {
    }
}
