package org.liaison.faults;

import java.util.List;

/**
 * One fault's line of the report ({@code target/faults/report.json}).
 *
 * @param recoverySeconds from the fault's end to every instance ready, no outbox row pending and lag 0; null when
 *                        that did not happen within the suite's limit
 */
record FaultResult(String name, String description, long writesAttempted, long writesAcknowledged,
                   long writesIndeterminate, long lost, long duplicateEffects, Double recoverySeconds,
                   double recoveryTargetSeconds, double durationSeconds, boolean passed, List<String> problems,
                   List<String> notes) {
}
