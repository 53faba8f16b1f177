package org.liaison.bench;

import one.convert.Arguments;
import one.convert.JfrToFlame;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Flight Recorder profile of one service over one workload, started and stopped in the running JVM with the
 * JDK's {@code jcmd} (no restart, no agent), then drawn as an HTML flame graph by async-profiler's converter.
 */
final class Profile implements AutoCloseable {

    private static final String RECORDING = "liaison-bench";

    private final long pid;
    private final Path jfr;
    private final Path flameGraph;
    private final String title;

    private Profile(long pid, Path jfr, Path flameGraph, String title) {
        this.pid = pid;
        this.jfr = jfr;
        this.flameGraph = flameGraph;
        this.title = title;
    }

    /**
     * Starts recording in process {@code pid} with the JDK's default settings: a stack sample of the running threads
     * every 20 ms at about 1% overhead, so that the CPU figures measured beside it stay the service's own.
     */
    static Profile start(long pid, Path flameGraph, String title) {
        Path jfr = flameGraph.resolveSibling(flameGraph.getFileName().toString().replaceFirst("\\.html$", "") + ".jfr");
        jcmd(pid, "JFR.start", "name=" + RECORDING, "settings=default", "filename=" + jfr);
        return new Profile(pid, jfr, flameGraph, title);
    }

    /** Stops the recording (the JVM writes it out) and draws the flame graph of its execution samples. */
    @Override
    public void close() {
        jcmd(pid, "JFR.stop", "name=" + RECORDING);
        try {
            JfrToFlame.convert(jfr.toString(), flameGraph.toString(),
                    new Arguments("--title", title, "--simple", "--norm"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void jcmd(long pid, String... command) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        List<String> line = new ArrayList<>(List.of(jcmd.toString(), Long.toString(pid)));
        line.addAll(List.of(command));
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0
                    || output.contains("Could not") || output.contains("Exception")) {
                throw new IllegalStateException(String.join(" ", line) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
