package org.liaison.infra.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./liaison faults} and {@code ./liaison bench}: each runs on a cluster of its own (free ports, data under
 * {@code target/faults/cluster} or {@code target/bench/cluster}), never on what {@code up} started, in a JVM of its
 * own whose exit status becomes the launcher's.
 */
final class Suites {

    private final LauncherSettings settings;
    private final Console console;

    Suites(LauncherSettings settings, Console console) {
        this.settings = settings;
        this.console = console;
    }

    /** Breaks the cluster on purpose; exits non-zero when a fault breaks a promise. */
    int faults(List<String> args) {
        Path repository = settings.repository();
        Path jar = repository.resolve("fault-injection/target/fault-injection-" + version() + ".jar");
        Build.ifMissing(repository, Build.serviceJars(repository), "install", console);
        Build.ifMissing(repository, List.of(jar), "package", console);
        console.say("running faults: " + (args.isEmpty() ? "all" : String.join(" ", args))
                + "; report in target/faults/report.md and report.json");
        return java(List.of("-Dliaison.repo=" + repository, "-Dliaison.faults.report=" + repository.resolve(
                "target/faults")), jar, args);
    }

    /**
     * Measures the system against pgbench on the same PostgreSQL in the same run. Knobs are -Dliaison.bench.*
     * properties in LIAISON_BENCH_OPTS (the list is in bench's BenchSettings).
     */
    int bench(List<String> args) {
        Path repository = settings.repository();
        Path jar = repository.resolve("bench/target/bench-" + version() + ".jar");
        Build.ifMissing(repository, Build.serviceJars(repository), "install", console);
        Build.ifMissing(repository, List.of(jar, repository.resolve(
                "bench/plain-app/target/quarkus-app/quarkus-run.jar")), "package", console);
        if (Processes.onPath("pgbench").isEmpty()) {
            console.say("pgbench is not installed (Debian: postgresql-client): no calibration, no ratios");
        }
        console.say("running the bench; report in target/bench/report.md and report.json");
        List<String> options = new ArrayList<>(List.of("-Dliaison.repo=" + repository,
                "-Dliaison.bench.report=" + repository.resolve("target/bench")));
        options.addAll(settings.benchOptions());
        return java(options, jar, args);
    }

    /** The project's version, which the launcher jar's manifest carries (Implementation-Version). */
    private static String version() {
        String version = Suites.class.getPackage().getImplementationVersion();
        if (version == null) {
            throw new LauncherException("no Implementation-Version: run the launcher jar (./liaison), not its classes");
        }
        return version;
    }

    private int java(List<String> options, Path jar, List<String> args) {
        List<String> command = new ArrayList<>(List.of(ServiceLaunch.javaExecutable()));
        command.addAll(options);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(args);
        try {
            return new ProcessBuilder(command).directory(settings.repository().toFile()).inheritIO().start()
                    .waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + jar, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }
}
