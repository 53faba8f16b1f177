package org.liaison.infra;

import org.liaison.contracts.Topics;

import java.util.Map;

/** The Kafka topics of the Liaison system, as {@link LiaisonTopology} defines them. */
public final class LiaisonTopics {

    public static final String ORGS_EVENTS = Topics.ORGS;
    public static final String MEETINGS_EVENTS = Topics.MEETINGS;
    public static final String RECOMMENDATIONS_EVENTS = Topics.RECOMMENDATIONS;

    private LiaisonTopics() {
    }

    /** Every topic of the system with its partition count (insertion ordered, unmodifiable). */
    public static Map<String, Integer> all() {
        return LiaisonTopology.topics();
    }
}
