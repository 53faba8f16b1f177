package org.liaison.infra.launcher;

import org.liaison.infra.InfraMain;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * PostgreSQL and Kafka for {@code ./liaison up}: on external servers, the databases and topics that are missing are
 * created; the embedded ones run in one process of their own ({@code InfraMain up}, data in {@code .liaison/data}),
 * ready once it has written {@code infra.ready}. Either server can be external and the other embedded.
 */
final class Infrastructure {

    static final String EXTERNAL = "external servers";

    private final LauncherSettings settings;
    private final StateDirectory state;
    private final Console console;
    private final StartupProgress progress;

    Infrastructure(LauncherSettings settings, Console console, StartupProgress progress) {
        this.settings = settings;
        this.state = settings.state();
        this.console = console;
        this.progress = progress;
    }

    /** Adds the rows of what will start, so that the table shows the whole plan from the start. */
    void announce() {
        if (!settings.embeddedPostgres() || !settings.embeddedKafka()) {
            progress.waiting(EXTERNAL, null);
        }
        if (settings.embeddedPostgres() || settings.embeddedKafka()) {
            progress.waiting(StateDirectory.INFRA, embeddedServers() + " (data in " + state.shown(state.data()) + ")");
        }
    }

    void start() {
        if (!settings.embeddedPostgres() || !settings.embeddedKafka()) {
            prepareExternalServers();
        }
        if (settings.embeddedPostgres() || settings.embeddedKafka()) {
            startEmbedded();
        }
    }

    private String embeddedServers() {
        List<String> servers = new ArrayList<>();
        if (settings.embeddedPostgres()) {
            servers.add("PostgreSQL :" + settings.postgresPort());
        }
        if (settings.embeddedKafka()) {
            servers.add("Kafka :" + settings.kafkaPort());
        }
        return String.join(", ", servers);
    }

    /** {@code InfraMain ensure} in a JVM of its own, its output in a log; the password only in its environment. */
    private void prepareExternalServers() {
        List<String> command = infraMain(List.of(), "ensure");
        List<String> servers = new ArrayList<>();
        settings.postgresUrl().ifPresent(url -> {
            command.addAll(List.of("--jdbc-url", url, "--user", settings.postgresUser()));
            servers.add("PostgreSQL " + url);
        });
        settings.kafkaBootstrap().ifPresent(bootstrap -> {
            command.addAll(List.of("--bootstrap", bootstrap));
            servers.add("Kafka " + bootstrap);
        });
        progress.starting(EXTERNAL, String.join(", ", servers) + ": creating what is missing");
        Path log = state.log("infra-ensure");
        ProcessBuilder ensure = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        ensure.environment().put("LIAISON_PG_PASSWORD", settings.postgresPassword());
        boolean prepared;
        try {
            // It gives up by itself when a server does not answer within a minute (DatabaseBootstrap, TopicCreator).
            prepared = ensure.start().waitFor() == 0;
        } catch (IOException e) {
            prepared = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            prepared = false;
        }
        if (!prepared) {
            progress.failed(EXTERNAL, "see below");
            fail(log, "could not prepare the external servers");
        }
        progress.done(EXTERNAL, String.join(", ", servers));
    }

    private void startEmbedded() {
        Path pidFile = state.pidFile(StateDirectory.INFRA);
        OptionalLong running = Processes.livePid(pidFile);
        long pid;
        if (running.isPresent()) {
            pid = running.getAsLong();
            progress.alreadyRunning(StateDirectory.INFRA, "already running (pid " + pid + ")");
        } else {
            deleteQuietly(state.infraReady());
            deleteQuietly(pidFile);
            if (settings.embeddedPostgres()) {
                Postmaster.stopOrphan(state, settings.stopTimeout(), console);
            }
            List<String> command = infraMain(settings.infraJavaOptions(), "up");
            command.addAll(List.of("--dir", state.data().toString(), "--pg-port",
                    Integer.toString(settings.postgresPort()), "--kafka-port", Integer.toString(settings.kafkaPort())));
            if (!settings.embeddedPostgres()) {
                command.add("--no-postgres");
            }
            if (!settings.embeddedKafka()) {
                command.add("--no-kafka");
            }
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(state.log(StateDirectory.INFRA).toFile()));
            pid = Processes.startDetached(builder, pidFile);
            progress.starting(StateDirectory.INFRA, null);
        }
        try {
            Startup.awaitReady(List.of(new EmbeddedServers(pid)), settings.readyTimeout(), progress);
        } catch (Startup.Failure failure) {
            if (!Processes.isRunning(pid)) {
                deleteQuietly(pidFile);
                fail(state.log(StateDirectory.INFRA), "the infrastructure process exited during startup");
            }
            fail(state.log(StateDirectory.INFRA),
                    "the infrastructure was not ready within " + settings.readyTimeout().toSeconds() + "s");
        }
    }

    /** The embedded servers' process: ready once it has written {@code infra.ready}. */
    private final class EmbeddedServers implements Startup.Component {
        private final long pid;

        EmbeddedServers(long pid) {
            this.pid = pid;
        }

        @Override
        public String name() {
            return StateDirectory.INFRA;
        }

        @Override
        public boolean isReady() {
            return Files.exists(state.infraReady());
        }

        @Override
        public boolean isAlive() {
            return Processes.isRunning(pid);
        }

        @Override
        public String lastAnswer() {
            return "no " + state.shown(state.infraReady()) + " yet";
        }

        @Override
        public Path log() {
            return state.log(StateDirectory.INFRA);
        }

        @Override
        public String readyDetail() {
            return embeddedServers() + " (pid " + pid + ")";
        }
    }

    /** {@code java [options] -cp <this launcher's class path> InfraMain COMMAND}: the infrastructure's own JVM. */
    private static List<String> infraMain(List<String> javaOptions, String command) {
        List<String> line = new ArrayList<>(List.of(ServiceLaunch.javaExecutable()));
        line.addAll(javaOptions);
        // Absolute, so that it holds wherever the launcher was started from.
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
        line.addAll(List.of("-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                "-cp", classPath, InfraMain.class.getName(), command));
        return line;
    }

    /** Ends the table (its row already says what failed), shows the log's end and stops the launcher. */
    private void fail(Path log, String message) {
        progress.close();
        console.tail(log, state.shown(log), 40);
        throw new LauncherException(message + " (log: " + state.shown(log) + ")");
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a file left behind is found stale next time
        }
    }
}
