package org.liaison.infra.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * The embedded PostgreSQL's server process. It outlives a killed infrastructure JVM (pg_ctl detached it), and would
 * then hold the port and the data directory against the next {@code up}: {@code up} and {@code down} stop it.
 */
final class Postmaster {

    private Postmaster() {
    }

    /** Fast shutdown (SIGINT) of a postmaster left running on {@code .liaison/data/postgres}, if there is one. */
    static void stopOrphan(StateDirectory state, Duration timeout, Console console) {
        Path file = state.data().resolve("postgres").resolve("postmaster.pid");
        OptionalLong pid = Processes.readPid(file);
        if (pid.isEmpty() || !Processes.isRunning(pid.getAsLong())
                || !Processes.commandLine(pid.getAsLong()).contains("postgres")) {
            return;
        }
        console.warn("stopping a PostgreSQL left running by the infra process (pid " + pid.getAsLong() + ")");
        Processes.interrupt(pid.getAsLong());
        Processes.awaitGone(pid.getAsLong(), timeout);
    }
}
