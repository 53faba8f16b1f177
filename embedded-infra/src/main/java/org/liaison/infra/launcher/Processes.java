package org.liaison.infra.launcher;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * The processes {@code ./liaison up} leaves running, found again by {@code down} and {@code status} through their pid
 * files. A pid file is believed only while it names a live process of the right kind: a pid is recycled after its
 * process ends, and in a container an orphan nobody reaps stays behind as a zombie.
 */
public final class Processes {

    /** {@code setsid} where util-linux provides it; elsewhere the processes stay in the launcher's session. */
    private static final Optional<Path> SETSID = onPath("setsid");

    private Processes() {
    }

    /**
     * Starts the process in a session of its own, so that a Ctrl-C or a closed terminal reaches only the launcher
     * and what {@code up} started runs on until {@code down}; writes its pid to {@code pidFile}.
     */
    static long startDetached(ProcessBuilder builder, Path pidFile) {
        // setsid runs the command in place (same pid): a JVM's child is never a process-group leader.
        SETSID.ifPresent(setsid -> builder.command().add(0, setsid.toString()));
        try {
            Files.createDirectories(pidFile.getParent());
            long pid = builder.start().pid();
            Files.writeString(pidFile, pid + "\n", StandardCharsets.US_ASCII);
            return pid;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + String.join(" ", builder.command()), e);
        }
    }

    /** The pid in {@code pidFile} if it names a live JVM; a file naming anything else is stale. */
    static OptionalLong livePid(Path pidFile) {
        OptionalLong pid = readPid(pidFile);
        if (pid.isPresent() && isRunning(pid.getAsLong()) && commandLine(pid.getAsLong()).contains("java")) {
            return pid;
        }
        return OptionalLong.empty();
    }

    /** The first number in a file (a pid file, or PostgreSQL's postmaster.pid), if there is one. */
    static OptionalLong readPid(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return OptionalLong.empty();
            }
            String first = Files.readAllLines(file, StandardCharsets.US_ASCII).stream().findFirst().orElse("");
            String digits = first.replaceAll("\\D", "");
            return digits.isEmpty() || digits.length() > 18 ? OptionalLong.empty()
                    : OptionalLong.of(Long.parseLong(digits));
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    /** The process exists and is not a zombie. */
    static boolean isRunning(long pid) {
        if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return false;
        }
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        try {
            if (Files.isReadable(stat)) {
                // "pid (command) state ...": the command may hold spaces and parentheses, the state follows the last.
                String text = Files.readString(stat, StandardCharsets.ISO_8859_1);
                return text.charAt(text.lastIndexOf(')') + 2) != 'Z';
            }
        } catch (IOException | RuntimeException e) {
            return false; // gone while being read
        }
        String state = ps(pid, "stat");
        return !state.isEmpty() && !state.startsWith("Z");
    }

    /** The process's command line, or "" when it cannot be read. */
    static String commandLine(long pid) {
        Optional<String> line = ProcessHandle.of(pid).flatMap(p -> p.info().commandLine());
        return line.orElseGet(() -> ps(pid, "args"));
    }

    /** SIGTERM, then up to {@code timeout} for it to end; false if it did not. */
    static boolean terminate(long pid, Duration timeout) {
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        return awaitGone(pid, timeout);
    }

    /** SIGKILL, and half a second for the kernel to let it go. */
    static void kill(long pid) {
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        awaitGone(pid, Duration.ofMillis(500));
    }

    /** SIGINT, which PostgreSQL's postmaster takes as "fast shutdown"; the JDK sends only TERM and KILL. */
    static void interrupt(long pid) {
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run kill", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether process {@code pid} ended (or is a zombie) within {@code timeout}. */
    public static boolean awaitGone(long pid, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (isRunning(pid)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** An executable of that name in a directory of the PATH. */
    static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Arrays.stream(path.split(File.pathSeparator)).filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, name)).filter(Files::isExecutable).findFirst();
    }

    /** {@code ps -p PID -o FIELD=}: where /proc and the JDK cannot tell (another OS, another user's process). */
    private static String ps(long pid, String field) {
        try {
            Process ps = new ProcessBuilder(List.of("ps", "-p", Long.toString(pid), "-o", field + "="))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(ps.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            ps.waitFor(5, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
