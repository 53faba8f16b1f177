package org.liaison.faults;

import java.time.Duration;

/**
 * One scripted fault: it breaks the cluster on purpose, bounded in time, and puts it back (restart, resume). The
 * suite then waits for the system to recover and runs the {@link Oracle}.
 */
abstract class Fault {

    private final String name;
    private final String description;

    /**
     * @param name        F1..F11, as issue 13 numbers them
     * @param description one line for the report
     */
    Fault(String name, String description) {
        this.name = name;
        this.description = description;
    }

    final String name() {
        return name;
    }

    final String description() {
        return description;
    }

    /**
     * Injects the fault and ends it; returns when the fault is over (everything restarted or resumed), which is
     * where recovery time starts. Writes go through {@code run.load(...)}, into {@code run.ledger()}; fault-specific
     * findings go to {@code run.problem(...)}.
     */
    abstract void inject(FaultRun run) throws Exception;

    /**
     * Checks what only this fault can check, once the system has recovered (or the suite gave up waiting) and before
     * the oracle runs; findings go to {@code run.problem(...)}. Nothing by default.
     */
    void afterRecovery(FaultRun run) throws Exception {
    }

    /** How long the system may take to recover after the fault ends (issue 13: at most 10 s). */
    Duration recoveryTarget() {
        return Duration.ofSeconds(10);
    }
}
