package org.liaison.support.readmodel;

import java.util.List;

/**
 * What a rebuild did.
 *
 * @param complete     whether the topic still holds its whole history (every partition starts at offset 0): only
 *                     then are live rows that no event names removed
 * @param events       records read from the topic, up to its end when the live table was locked
 * @param skipped      records that are not events this read model can read (the live consumer dead-letters them)
 * @param rows         distinct ids the events name, i.e. rows of the rebuilt table
 * @param added        rows the live table lacked
 * @param changed      live rows that differed from the rebuilt ones
 * @param removed      live rows that no event names (complete history only)
 * @param readSeconds  reading the topic into the staging tables
 * @param applySeconds applying the rows newer than the live ones, in short transactions beside the live consumer,
 *                     and comparing the rest
 * @param lockedSeconds how long the live table was locked (writes waited): the rest of the topic read, the rows
 *                     that differed and those of the records just read compared again, those that still differ
 *                     written
 */
public record RebuildReport(String readModel, String topic, boolean complete, long events, long skipped, long rows,
                            long added, long changed, long removed, double seconds, double readSeconds,
                            double applySeconds, double lockedSeconds, double eventsPerSecond,
                            List<String> skippedExamples) {
}
