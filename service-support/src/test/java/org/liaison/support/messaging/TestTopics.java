package org.liaison.support.messaging;

/** The topics of the messaging tests' application. */
public final class TestTopics {

    /** Where the relay publishes and the test consumer reads: partitions enough for keys to land apart. */
    public static final String EVENTS = "support.events";
    static final int EVENTS_PARTITIONS = 3;
    /** The test consumer's dead-letter topic. */
    public static final String DEAD_LETTERS = "support.dlq";

    private TestTopics() {
    }
}
