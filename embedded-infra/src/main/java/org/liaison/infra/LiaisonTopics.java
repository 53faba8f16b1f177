package org.liaison.infra;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Kafka topics of the Liaison system, in one place.
 *
 * <p>Each service publishes its domain events on its own {@code <service>.events} topic
 * (6 partitions, keyed by aggregate id) and owns one dead-letter topic named after the
 * consuming service ({@code <service>.dlq}, 1 partition).
 */
public final class LiaisonTopics {

    public static final String ORGS_EVENTS = "orgs.events";
    public static final String MEETINGS_EVENTS = "meetings.events";
    public static final String RECOMMENDATIONS_EVENTS = "recommendations.events";

    public static final String ORGS_SERVICE_DLQ = "orgs-service.dlq";
    public static final String MEETINGS_SERVICE_DLQ = "meetings-service.dlq";
    public static final String RECOMMENDATIONS_SERVICE_DLQ = "recommendations-service.dlq";

    public static final int EVENT_TOPIC_PARTITIONS = 6;
    public static final int DLQ_TOPIC_PARTITIONS = 1;

    private static final Map<String, Integer> ALL;

    static {
        Map<String, Integer> all = new LinkedHashMap<>();
        all.put(ORGS_EVENTS, EVENT_TOPIC_PARTITIONS);
        all.put(MEETINGS_EVENTS, EVENT_TOPIC_PARTITIONS);
        all.put(RECOMMENDATIONS_EVENTS, EVENT_TOPIC_PARTITIONS);
        all.put(ORGS_SERVICE_DLQ, DLQ_TOPIC_PARTITIONS);
        all.put(MEETINGS_SERVICE_DLQ, DLQ_TOPIC_PARTITIONS);
        all.put(RECOMMENDATIONS_SERVICE_DLQ, DLQ_TOPIC_PARTITIONS);
        ALL = Collections.unmodifiableMap(all);
    }

    private LiaisonTopics() {
    }

    /** Every topic of the system with its partition count (insertion ordered, unmodifiable). */
    public static Map<String, Integer> all() {
        return ALL;
    }
}
