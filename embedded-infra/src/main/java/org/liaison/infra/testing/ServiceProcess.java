package org.liaison.infra.testing;

import org.liaison.infra.LiaisonTopology;
import org.liaison.infra.launcher.Readiness;
import org.liaison.infra.launcher.ServiceLaunch;
import org.liaison.infra.launcher.Startup;
import org.liaison.infra.launcher.StartupProgress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One packaged service run as {@code java -jar quarkus-run.jar}, started and waited for by the same code as under
 * {@code ./liaison up} ({@link ServiceLaunch}, {@link Startup}), but owned by this JVM: the system tests and the
 * fault-injection suite start, kill, pause and restart the services through it; the bench also starts its plain
 * yardstick app ({@code bench/plain-app}) through it, so that both are started and timed alike.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration READY_CHECK_TIMEOUT = Duration.ofSeconds(2);

    public final String name;
    public final String baseUrl;
    public final Duration startupTime;
    /**
     * Its -Xmx in MiB: a service's own in {@link LiaisonTopology}; another app (the bench's plain app) orgs-service's,
     * which it is compared with.
     */
    public final int heapMiB;
    private final ServiceLaunch launch;
    private final Process process;

    private ServiceProcess(ServiceLaunch launch, Process process, Duration startupTime) {
        this.name = launch.instance();
        this.baseUrl = launch.baseUrl();
        this.heapMiB = launch.heapMiB();
        this.launch = launch;
        this.process = process;
        this.startupTime = startupTime;
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
        return startAll(List.of(launch(module, instance, port, environment)), StartupProgress.silent()).get(0);
    }

    /**
     * How {@code module} is started as {@code instance}: from the repository of {@code -Dliaison.repo} (the parent
     * directory by default), with its heap, logging to {@code -Dliaison.logs} ({@code target/service-logs}).
     */
    public static ServiceLaunch launch(Path module, String instance, int port, Map<String, String> environment) {
        Path jar = ServiceLaunch.jar(Path.of(System.getProperty("liaison.repo", "..")), module);
        Path logs = Path.of(System.getProperty("liaison.logs", "target/service-logs"));
        return new ServiceLaunch(instance, jar, heapMiB(module), List.of(), port, environment,
                logs.resolve(instance + ".log"));
    }

    /**
     * Starts every launch at once and waits until all are ready, as {@code ./liaison up} does, each shown in
     * {@code progress}; when one fails, stops the others and throws.
     */
    public static List<ServiceProcess> startAll(List<ServiceLaunch> launches, StartupProgress progress) {
        List<Starting> starting = new ArrayList<>();
        try {
            for (ServiceLaunch launch : launches) {
                if (!Files.isRegularFile(launch.jar())) {
                    throw new IllegalStateException(launch.jar()
                            + " is missing: package the services first (./mvnw verify does)");
                }
                Files.createDirectories(launch.log().getParent());
                progress.starting(launch.instance(), ":" + launch.port() + ", heap " + launch.heapMiB() + " MiB");
                starting.add(new Starting(launch, launch.processBuilder().start()));
            }
            Startup.awaitReady(starting, READY_TIMEOUT, progress);
        } catch (IOException e) {
            starting.forEach(s -> s.process.destroyForcibly());
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            starting.forEach(s -> s.process.destroyForcibly());
            if (e instanceof Startup.Failure failure) {
                throw new IllegalStateException(failure.getMessage() + "; see " + failure.component().log(), e);
            }
            throw e;
        }
        return starting.stream().map(s -> new ServiceProcess(s.launch, s.process, progress.elapsed(s.name())))
                .toList();
    }

    /** A process started but not known to be ready yet. */
    private record Starting(ServiceLaunch launch, Process process) implements Startup.Component {
        @Override
        public String name() {
            return launch.instance();
        }

        @Override
        public boolean isReady() {
            return Readiness.isReady(launch.baseUrl(), READY_CHECK_TIMEOUT);
        }

        @Override
        public boolean isAlive() {
            return process.isAlive();
        }

        @Override
        public String lastAnswer() {
            return "last answer from " + launch.baseUrl() + "/q/health/ready: "
                    + Readiness.describe(Readiness.status(launch.baseUrl(), READY_CHECK_TIMEOUT));
        }

        @Override
        public Path log() {
            return launch.log();
        }

        @Override
        public String readyDetail() {
            return launch.baseUrl();
        }
    }

    /** The same service again, on the same port with the same settings; this one must have stopped. */
    public ServiceProcess restart() {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running (pid " + pid() + ")");
        }
        return startAll(List.of(launch), StartupProgress.silent()).get(0);
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
        return Readiness.isReady(baseUrl, READY_CHECK_TIMEOUT);
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

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
