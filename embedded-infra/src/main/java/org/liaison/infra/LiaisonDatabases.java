package org.liaison.infra;

import java.util.List;

/** The PostgreSQL databases of the Liaison system, one per service, as {@link LiaisonTopology} defines them. */
public final class LiaisonDatabases {

    public static final String ORGS = LiaisonTopology.ORGS.database();
    public static final String MEETINGS = LiaisonTopology.MEETINGS.database();
    public static final String RECOMMENDATIONS = LiaisonTopology.RECOMMENDATIONS.database();
    public static final String DASHBOARD = LiaisonTopology.DASHBOARD.database();

    private LiaisonDatabases() {
    }

    public static List<String> all() {
        return LiaisonTopology.databases();
    }
}
