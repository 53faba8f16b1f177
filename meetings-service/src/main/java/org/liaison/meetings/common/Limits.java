package org.liaison.meetings.common;

/** Bounds on the texts and lists of meeting requests, well below what one event can carry. */
public final class Limits {
    public static final int TITLE_MAX = 500;
    public static final int NAME_MAX = 300;
    public static final int SHORT_TEXT_MAX = 500;
    public static final int ITEM_MAX = 2000;
    public static final int NOTE_MAX = 1000;
    public static final int SUMMARY_MAX = 20000;
    public static final int URL_MAX = 2000;
    public static final int PARTICIPANTS_MAX = 200;
    public static final int AGENDA_MAX = 100;
    public static final int LIST_MAX = 50;
    public static final String HTTP_URL = "^https?://\\S+$";

    private Limits() {
    }
}
