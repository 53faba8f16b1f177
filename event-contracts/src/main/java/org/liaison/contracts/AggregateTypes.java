package org.liaison.contracts;

/** Names of the aggregates whose state the events carry; used as the CloudEvents subject prefix. */
public final class AggregateTypes {
    public static final String ORGANIZATION = "organization";
    public static final String PERSON = "person";
    public static final String INSTRUMENT = "instrument";
    public static final String MEMBERSHIP = "membership";
    public static final String MEETING = "meeting";
    /** What a speaker said at a meeting; published on the meetings' topic, keyed by the statement. */
    public static final String STATEMENT = "statement";
    public static final String RECOMMENDATION_SET = "recommendation-set";
    public static final String RECOMMENDATION = "recommendation";

    private AggregateTypes() {
    }
}
