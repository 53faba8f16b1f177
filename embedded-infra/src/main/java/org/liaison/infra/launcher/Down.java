package org.liaison.infra.launcher;

import org.liaison.infra.LiaisonTopology;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;

/** {@code ./liaison down}: the services in reverse start order, then the infrastructure; SIGTERM, then SIGKILL. */
final class Down {

    private final LauncherSettings settings;
    private final StateDirectory state;
    private final Console console;

    Down(LauncherSettings settings, Console console) {
        this.settings = settings;
        this.state = settings.state();
        this.console = console;
    }

    int run() {
        List<String> components = new ArrayList<>(LiaisonTopology.SERVICES.stream().map(s -> s.name()).toList());
        Collections.reverse(components);
        components.add(StateDirectory.INFRA);
        components.forEach(this::stop);
        Postmaster.stopOrphan(state, settings.stopTimeout(), console);
        Infrastructure.deleteQuietly(state.infraReady());
        Infrastructure.deleteQuietly(state.infraEnv());
        console.say("stopped");
        return 0;
    }

    /** Asks the component to stop, waits up to LIAISON_STOP_TIMEOUT, then kills it; removes its pid file. */
    private void stop(String component) {
        Path pidFile = state.pidFile(component);
        OptionalLong pid = Processes.livePid(pidFile);
        if (pid.isEmpty()) {
            if (Files.exists(pidFile)) {
                console.say(component + " not running (removing stale pid file)");
                Infrastructure.deleteQuietly(pidFile);
            }
            return;
        }
        console.say("stopping " + component + " (pid " + pid.getAsLong() + ")");
        if (!Processes.terminate(pid.getAsLong(), settings.stopTimeout())) {
            console.warn(component + " did not stop within " + settings.stopTimeout().toSeconds() + "s: killing it");
            Processes.kill(pid.getAsLong());
        }
        Infrastructure.deleteQuietly(pidFile);
    }
}
