package org.liaison.infra.testing;

import org.liaison.infra.LiaisonTopology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One packaged service run as {@code java -jar quarkus-run.jar}, as {@code ./liaison up} runs it: the system tests
 * and the fault-injection suite start, kill, pause and restart the services through it; the bench also starts its
 * plain yardstick app ({@code bench/plain-app}) through it, so that both are started and timed alike.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    public final String name;
    public final String baseUrl;
    public final Duration startupTime;
    /**
     * Its -Xmx in MiB: a service's own in {@link LiaisonTopology}; another app (the bench's plain app) orgs-service's,
     * which it is compared with.
     */
    public final int heapMiB;
    /** The module that packaged it, relative to the repository ({@code orgs-service}, {@code bench/plain-app}). */
    private final Path module;
    private final int port;
    private final Map<String, String> environment;
    private final Path log;
    private final Process process;

    private ServiceProcess(String name, Path module, int port, Map<String, String> environment, Path log,
                           Process process, Duration startupTime) {
        this.name = name;
        this.module = module;
        this.port = port;
        this.baseUrl = "http://127.0.0.1:" + port;
        this.environment = Map.copyOf(environment);
        this.log = log;
        this.process = process;
        this.startupTime = startupTime;
        this.heapMiB = heapMiB(module);
    }

    static int heapMiB(Path module) {
        return LiaisonTopology.service(module.getFileName().toString()).orElse(LiaisonTopology.ORGS).heapMiB();
    }

    /** Starts the service on a free port and waits until it is ready; its output goes to {@code <logs>/<name>.log}. */
    public static ServiceProcess start(String name, Map<String, String> environment) {
        return start(name, name, freePort(), environment);
    }

    /**
     * Starts an instance of the service {@code name} on {@code port}, logging to {@code <logs>/<instance>.log}
     * (appended, so that a restarted instance keeps its earlier life in the same file).
     */
    public static ServiceProcess start(String name, String instance, int port, Map<String, String> environment) {
        return startModule(Path.of(name), instance, port, environment);
    }

    /**
     * Starts the Quarkus app packaged by {@code module} (a directory of the repository, such as {@code
     * bench/plain-app}) as instance {@code instance} on {@code port}, and waits until {@code /q/health/ready} answers
     * 200; the services are the modules named after them.
     */
    public static ServiceProcess startModule(Path module, String instance, int port, Map<String, String> environment) {
        Path repo = Path.of(System.getProperty("liaison.repo", ".."));
        Path jar = repo.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw verify does)");
        }
        Path logs = Path.of(System.getProperty("liaison.logs", "target/service-logs"));
        Path log = logs.resolve(instance + ".log");
        try {
            Files.createDirectories(logs);
            ProcessBuilder builder = new ProcessBuilder(javaExecutable(), "-Xmx" + heapMiB(module) + "m", "-jar",
                            jar.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
            long started = System.nanoTime();
            Process process = builder.start();
            ServiceProcess service = new ServiceProcess(instance, module, port, environment, log, process,
                    Duration.ZERO);
            service.awaitReady();
            return new ServiceProcess(instance, module, port, environment, log, process,
                    Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same service again, on the same port with the same settings; this one must have stopped. */
    public ServiceProcess restart() {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running (pid " + pid() + ")");
        }
        return startModule(module, name, port, environment);
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or committed. Waits until the process is gone. */
    public void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(10));
    }

    /** SIGTERM: a graceful stop, as a container runtime asks for one. Waits up to 20 s, then kills. */
    public void terminate() {
        process.destroy();
        if (!awaitExit(Duration.ofSeconds(20))) {
            kill();
        }
    }

    /** SIGSTOP ({@code true}) or SIGCONT ({@code false}): the process freezes in place, sockets open. */
    public void pause(boolean paused) {
        Signals.send(pid(), paused ? "STOP" : "CONT");
    }

    /** Whether {@code /q/health/ready} answers 200 now. */
    public boolean isReady() {
        try {
            HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build();
            return HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Resident memory of the process in MiB, from /proc (Linux); -1 when it cannot be read. */
    public long rssMiB() {
        return procStatusMiB("VmRSS:");
    }

    /**
     * The most resident memory the process has had since it started (the kernel's high-water mark, VmHWM) in MiB;
     * -1 when it cannot be read. Read after a workload, it is the peak under that workload and all before it.
     */
    public long peakRssMiB() {
        return procStatusMiB("VmHWM:");
    }

    private long procStatusMiB(String field) {
        try {
            return statusMiB(Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status")), field);
        } catch (IOException e) {
            return -1;
        }
    }

    /** A field of /proc/PID/status in kB ({@code VmHWM:\t  123456 kB}) in MiB, or -1. */
    static long statusMiB(List<String> status, String field) {
        for (String line : status) {
            if (line.startsWith(field)) {
                try {
                    return Long.parseLong(line.substring(field.length()).replaceAll("\\D", "")) / 1024;
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        return -1;
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            if (isReady()) {
                return;
            }
            sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException(name + " was not ready within " + READY_TIMEOUT.toSeconds() + " s; see " + log);
    }

    private boolean awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            terminate();
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
