package org.liaison.infra.launcher;

import org.liaison.infra.LiaisonTopology;

import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;

/** {@code ./liaison status}: each component's pid, whether it runs, and whether it is ready. */
final class Status {

    private static final String ROW = "%-24s %-8s %-12s %s%n";

    private final LauncherSettings settings;
    private final StateDirectory state;
    private final PrintStream out;

    Status(LauncherSettings settings, PrintStream out) {
        this.settings = settings;
        this.state = settings.state();
        this.out = out;
    }

    int run() {
        out.printf(ROW, "COMPONENT", "PID", "STATE", "READINESS");
        OptionalLong infra = Processes.livePid(state.pidFile(StateDirectory.INFRA));
        if (infra.isPresent()) {
            out.printf(ROW, StateDirectory.INFRA, infra.getAsLong(), "running",
                    Files.exists(state.infraReady()) ? "ready" : "starting");
        } else {
            out.printf(ROW, StateDirectory.INFRA, "-", "stopped", "-");
        }
        for (LiaisonTopology.Service service : LiaisonTopology.SERVICES) {
            OptionalLong pid = Processes.livePid(state.pidFile(service.name()));
            if (pid.isPresent()) {
                out.printf(ROW, service.name(), pid.getAsLong(), "running", readiness(Up.url(service)));
            } else {
                out.printf(ROW, service.name(), "-", "stopped", "-");
            }
        }
        Map<String, String> embedded = state.infraEndpoints();
        if (settings.postgresUrl().isPresent()) {
            out.println("PostgreSQL (external): " + settings.postgresUrl().get());
        } else if (embedded.containsKey("QUARKUS_DATASOURCE_JDBC_URL_BASE")) {
            out.println("PostgreSQL (embedded): " + embedded.get("QUARKUS_DATASOURCE_JDBC_URL_BASE"));
        }
        if (settings.kafkaBootstrap().isPresent()) {
            out.println("Kafka (external): " + settings.kafkaBootstrap().get());
        } else if (embedded.containsKey("KAFKA_BOOTSTRAP_SERVERS")) {
            out.println("Kafka (embedded): " + embedded.get("KAFKA_BOOTSTRAP_SERVERS"));
        }
        return 0;
    }

    private static String readiness(String url) {
        int status = Readiness.status(url, Duration.ofSeconds(5));
        if (status == 200) {
            return "ready (" + url + ")";
        }
        return status == Readiness.NO_ANSWER ? "not answering" : "not ready (HTTP " + status + ")";
    }
}
