package org.liaison.faults;

import java.time.Duration;

/**
 * One scripted fault: it breaks the cluster on purpose, bounded in time, and puts it back (restart, resume). The
 * suite then waits for the system to recover and runs the {@link Oracle}.
 */
interface Fault {

    /** F1..F11, as issue 13 numbers them. */
    String name();

    /** One line for the report. */
    String description();

    /**
     * Injects the fault and ends it; returns when the fault is over (everything restarted or resumed), which is
     * where recovery time starts. Writes go through {@code run.load(...)}, into {@code run.ledger()}; fault-specific
     * findings go to {@code run.problem(...)}.
     */
    void inject(FaultRun run) throws Exception;

    /** How long the system may take to recover after the fault ends (issue 13: at most 10 s). */
    default Duration recoveryTarget() {
        return Duration.ofSeconds(10);
    }
}
