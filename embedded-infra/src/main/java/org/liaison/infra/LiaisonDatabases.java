package org.liaison.infra;

import java.util.List;

/** The PostgreSQL databases of the Liaison system: one per service. */
public final class LiaisonDatabases {

    public static final String ORGS = "orgs";
    public static final String MEETINGS = "meetings";
    public static final String RECOMMENDATIONS = "recommendations";
    public static final String DASHBOARD = "dashboard";

    private static final List<String> ALL = List.of(ORGS, MEETINGS, RECOMMENDATIONS, DASHBOARD);

    private LiaisonDatabases() {
    }

    public static List<String> all() {
        return ALL;
    }
}
