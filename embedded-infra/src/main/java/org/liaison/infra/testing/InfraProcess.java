package org.liaison.infra.testing;

import org.liaison.infra.InfraMain;
import org.liaison.infra.launcher.Processes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One embedded server in a process of its own ({@code InfraMain up}, PostgreSQL or Kafka alone), so that a fault
 * can kill, freeze or restart one without the other. Data stays in its directory across restarts, on the same
 * port, as a real server's would.
 */
public final class InfraProcess implements AutoCloseable {

    public enum Kind { POSTGRES, KAFKA }

    private final Kind kind;
    private final Path directory;
    private final int port;
    private final Path log;
    private Process process;
    private boolean paused;
    private Map<String, String> endpoints = Map.of();

    private InfraProcess(Kind kind, Path directory, int port) {
        this.kind = kind;
        this.directory = directory;
        this.port = port;
        // Next to the services' logs when the suite keeps them (the cluster's directory is deleted after a run).
        this.log = Path.of(System.getProperty("liaison.logs", directory.getParent().toString()))
                .resolve(kind.name().toLowerCase() + ".log");
    }

    public static InfraProcess start(Kind kind, Path directory, int port) {
        InfraProcess infra = new InfraProcess(kind, directory, port);
        infra.start();
        return infra;
    }

    /** Starts the server (again) and waits until it wrote its endpoints. */
    public synchronized void start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(kind + " is already running");
        }
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx512m",
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                "-cp", launcherJar().toString(), InfraMain.class.getName(), "up", "--dir", directory.toString()));
        if (kind == Kind.POSTGRES) {
            command.addAll(List.of("--no-kafka", "--pg-port", Integer.toString(port)));
        } else {
            command.addAll(List.of("--no-postgres", "--kafka-port", Integer.toString(port)));
        }
        try {
            Files.createDirectories(directory);
            Files.createDirectories(log.getParent());
            Files.deleteIfExists(directory.resolve(InfraMain.READY_FILE));
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (!Files.exists(directory.resolve(InfraMain.READY_FILE))) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    // gone before a retry starts another on the same directory and port
                    process.destroyForcibly();
                    await(process);
                    throw new IllegalStateException(kind + " did not start; see " + log);
                }
                Thread.sleep(50);
            }
            endpoints = readEnv(directory.resolve(InfraMain.ENV_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The server's process: the broker's JVM, or PostgreSQL's postmaster (whose children are its sessions). */
    public synchronized long serverPid() {
        return kind == Kind.POSTGRES ? postmasterPid() : process.pid();
    }

    public String endpoint(String name) {
        String value = endpoints.get(name);
        if (value == null) {
            throw new IllegalStateException(kind + " wrote no " + name + " in "
                    + directory.resolve(InfraMain.ENV_FILE));
        }
        return value;
    }

    /**
     * SIGKILL of the broker's JVM (Kafka) or of the postmaster (PostgreSQL): no clean shutdown of anything. Returns
     * when the server is gone, its port free for {@link #start()} again.
     */
    public synchronized void kill() {
        if (kind == Kind.POSTGRES) {
            // The JVM only launched PostgreSQL (pg_ctl detached the server); the server is the postmaster and its
            // children, which exit by themselves when they see it gone. One still attached to the old shared memory
            // would stop the next postmaster from starting ("pre-existing shared memory block is still in use"), so
            // any child left after a few seconds is killed too, as the end of a crashed host would take it.
            long postmaster = postmasterPid();
            List<ProcessHandle> children = ProcessHandle.of(postmaster).map(p -> p.descendants().toList())
                    .orElse(List.of());
            process.destroyForcibly();
            await(process);
            Signals.send(postmaster, "KILL");
            Processes.awaitGone(postmaster, Duration.ofSeconds(10));
            for (ProcessHandle child : children) {
                if (!Processes.awaitGone(child.pid(), Duration.ofSeconds(5))) {
                    child.destroyForcibly();
                    Processes.awaitGone(child.pid(), Duration.ofSeconds(5));
                }
            }
        } else {
            process.destroyForcibly();
            await(process);
        }
        paused = false;
    }

    /**
     * SIGSTOP ({@code true}) or SIGCONT: the server freezes with its sockets open, as a stalled VM would. (For
     * PostgreSQL only the postmaster stops: open sessions go on.)
     */
    public synchronized void pause(boolean paused) {
        Signals.send(serverPid(), paused ? "STOP" : "CONT");
        this.paused = paused;
    }

    /** Whether the server runs and is not frozen. */
    public synchronized boolean isRunning() {
        return process != null && process.isAlive() && !paused;
    }

    /**
     * Undoes whatever a fault left (a frozen server is resumed, a killed one started again) and says what it did,
     * or returns null when the server was running.
     */
    public synchronized String restore() {
        if (process != null && process.isAlive() && paused) {
            pause(false);
            return kind + " was left frozen; resumed";
        }
        if (process == null || !process.isAlive()) {
            start();
            return kind + " was left stopped; started again";
        }
        return null;
    }

    private long postmasterPid() {
        try {
            return Long.parseLong(Files.readAllLines(directory.resolve("postgres/postmaster.pid")).get(0).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("no postmaster.pid under " + directory, e);
        }
    }

    @Override
    public synchronized void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void await(Process process) {
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, String> readEnv(Path file) throws IOException {
        Map<String, String> values = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                values.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return values;
    }

    private static Path launcherJar() {
        Path target = Path.of(System.getProperty("liaison.repo", "..")).resolve("embedded-infra/target");
        try (var files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().endsWith("-launcher.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no embedded-infra launcher jar in " + target
                            + ": package the project first (./mvnw -DskipTests package)"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
