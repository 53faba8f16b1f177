package org.liaison.orgs.common;

/** Bounds on the texts and lists of orgs-service requests, so that no field can grow without limit. */
public final class Limits {
    public static final int NAME_MAX = 300;
    public static final int SHORT_TEXT_MAX = 500;
    public static final int NOTE_MAX = 1000;
    public static final int URL_MAX = 2000;
    public static final int LIST_MAX = 50;
    public static final String HTTP_URL = "^https?://\\S+$";

    private Limits() {
    }
}
