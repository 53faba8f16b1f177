package org.liaison.contracts;

/** One topic per owning service; records are keyed by aggregate id so each aggregate's events stay in order. */
public final class Topics {
    public static final String ORGS = "orgs.events";
    public static final String MEETINGS = "meetings.events";
    public static final String RECOMMENDATIONS = "recommendations.events";

    private Topics() {
    }
}
