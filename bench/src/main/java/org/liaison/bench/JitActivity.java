package org.liaison.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * How busy a JVM's JIT compiler threads are: the CPU time of its threads named {@code C1 CompilerThread*} and
 * {@code C2 CompilerThread*} (HotSpot's names, as {@code /proc/PID/task/TID/comm} shows them, cut to 15 characters),
 * from {@code /proc}. A warm-up has done its job when the compiler has stopped working on the measured paths: its
 * threads' CPU counts in the service's, so a measurement taken while it compiles is a measurement of the compiler.
 * Reads nothing (zero) where there is no {@code /proc}.
 */
final class JitActivity {

    private final long pid;
    private long startTicks;
    private long startNanos;

    private JitActivity(long pid) {
        this.pid = pid;
        restart();
    }

    /** Starts measuring the process now. */
    static JitActivity of(long pid) {
        return new JitActivity(pid);
    }

    /** Starts a new interval now. */
    void restart() {
        startTicks = compilerTicks();
        startNanos = System.nanoTime();
    }

    /** The share of one core the compiler threads used since {@link #restart}: 0.25 is a quarter of a core. */
    double coreShare() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        return seconds <= 0 ? 0 : (compilerTicks() - startTicks) / (double) CpuUse.TICKS_PER_SECOND / seconds;
    }

    private long compilerTicks() {
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        try (Stream<Path> threads = Files.list(tasks)) {
            return threads.filter(JitActivity::isCompiler).mapToLong(JitActivity::cpuTicks).sum();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static boolean isCompiler(Path thread) {
        try {
            String name = Files.readString(thread.resolve("comm")).strip();
            return name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre");
        } catch (IOException e) {
            return false; // the thread ended
        }
    }

    /** utime + stime. */
    private static long cpuTicks(Path thread) {
        return CpuUse.statTicks(thread.resolve("stat"), 14, 15);
    }
}
