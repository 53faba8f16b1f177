package org.liaison.support.readmodel;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/** {@code liaison.read-models.rebuild.*}: see service-support's microprofile-config.properties. */
@ConfigMapping(prefix = "liaison.read-models.rebuild")
public interface RebuildConfig {

    /** Records per poll of the topic, and so per COPY into the staging table. */
    int batchRecords();

    /** Threads that parse the records of a batch (CloudEvents JSON) into rows, a slice each. */
    int parseThreads();

    /** Rows compared, written and passed to the read model's listeners at a time while the live table is locked. */
    int chunkRows();

    /** How long the rebuild waits to lock the live table (the live consumer's open transaction) before giving up. */
    Duration lockTimeout();

    /** The transaction that holds the live table: the end of the topic, the comparison, the writes, the listeners. */
    Duration transactionTimeout();

    /**
     * How often the rebuilds migrations ask for ({@link RequestedRebuilds}) are looked for, and tried again after one
     * failed.
     */
    Duration requestPollInterval();
}
