package org.liaison.infra.launcher;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * What a person watching the system start sees: one row per component (the infrastructure, each service, the sample
 * data) with its state and how long it has taken so far.
 *
 * <p>On a terminal the table is drawn in place and redrawn as states change and clocks run ({@link #live}); anywhere
 * else (a pipe, a CI log, the system tests' output) each change is one line of its own ({@link #lines}), so that a
 * log reads in order.
 */
public final class StartupProgress implements AutoCloseable {

    public enum State {
        WAITING("waiting"), STARTING("starting"), READY("ready"), DONE("done"),
        /** Found running from an earlier {@code up}: left as it is. */
        RUNNING("running"), FAILED("failed");

        final String label;

        State(String label) {
            this.label = label;
        }
    }

    private static final String PREFIX = "[liaison] ";
    private static final long NOT_YET = Long.MIN_VALUE;

    private static final class Row {
        final String name;
        State state = State.WAITING;
        String detail;
        long started = NOT_YET;
        long ended = NOT_YET;

        Row(String name, String detail) {
            this.name = name;
            this.detail = detail;
        }
    }

    private final PrintStream out;
    /** Columns of the terminal, or 0 when the rows are printed as lines. */
    private final int width;
    private final LongSupplier clock;
    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final ScheduledExecutorService ticker;
    private int drawnLines;
    private boolean closed;

    StartupProgress(PrintStream out, int width, LongSupplier clock) {
        this.out = out;
        this.width = width;
        this.clock = clock;
        if (width > 0) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "startup-progress");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::tick, 250, 250, TimeUnit.MILLISECONDS);
        } else {
            ticker = null;
        }
    }

    /** One line per change. */
    public static StartupProgress lines(PrintStream out) {
        return new StartupProgress(out, 0, System::nanoTime);
    }

    /** Shows nothing: for a single restart in the middle of a fault, where only the time taken matters. */
    public static StartupProgress silent() {
        return lines(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
    }

    /** A table redrawn in place on a terminal {@code width} columns wide. */
    public static StartupProgress live(PrintStream out, int width) {
        return new StartupProgress(out, Math.max(width, 40), System::nanoTime);
    }

    /** Live when standard input and output are a terminal that understands cursor movement, else lines. */
    public static StartupProgress forConsole(PrintStream out) {
        String term = System.getenv("TERM");
        boolean terminal = System.console() != null && term != null && !term.isBlank() && !"dumb".equals(term);
        return terminal ? live(out, terminalWidth()) : lines(out);
    }

    /** Adds a component that will start later. */
    public synchronized void waiting(String name, String detail) {
        rows.putIfAbsent(name, new Row(name, detail));
        changed(rows.get(name), false);
    }

    public synchronized void starting(String name, String detail) {
        Row row = row(name, detail);
        row.state = State.STARTING;
        row.started = clock.getAsLong();
        changed(row, true);
    }

    public synchronized void ready(String name, String detail) {
        finish(name, State.READY, detail);
    }

    /** A step that ends rather than runs on (the build, the sample data). */
    public synchronized void done(String name, String detail) {
        finish(name, State.DONE, detail);
    }

    public synchronized void alreadyRunning(String name, String detail) {
        Row row = row(name, detail);
        row.state = State.RUNNING;
        changed(row, true);
    }

    public synchronized void failed(String name, String detail) {
        finish(name, State.FAILED, detail);
    }

    /** How long the component took to start, or has taken so far; zero if it never started. */
    public synchronized Duration elapsed(String name) {
        Row row = rows.get(name);
        if (row == null || row.started == NOT_YET) {
            return Duration.ZERO;
        }
        return Duration.ofNanos((row.ended == NOT_YET ? clock.getAsLong() : row.ended) - row.started);
    }

    /** Stops the clock's redraws and leaves the final table on the screen; once, however often it is called. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (ticker != null) {
            ticker.shutdownNow();
            redraw();
        }
    }

    private void finish(String name, State state, String detail) {
        Row row = row(name, detail);
        if (row.state == State.RUNNING && state == State.READY) {
            return; // found running and answering: its row keeps saying so, without a start time it never had
        }
        if (row.started == NOT_YET) {
            row.started = clock.getAsLong();
        }
        row.state = state;
        row.ended = clock.getAsLong();
        changed(row, true);
    }

    private Row row(String name, String detail) {
        Row row = rows.computeIfAbsent(name, n -> new Row(n, detail));
        if (detail != null) {
            row.detail = detail;
        }
        return row;
    }

    private void changed(Row row, boolean worthALine) {
        if (width > 0) {
            if (!closed) {
                redraw();
            }
        } else if (worthALine) {
            out.println(PREFIX + format(row).stripTrailing());
        }
    }

    /** The clock's redraw, which may come just after close: the table must not appear twice. */
    private synchronized void tick() {
        if (!closed) {
            redraw();
        }
    }

    private synchronized void redraw() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("  %-24s %-9s %8s  %s", "COMPONENT", "STATE", "TIME", ""));
        rows.values().forEach(row -> lines.add("  " + format(row)));
        StringBuilder screen = new StringBuilder();
        if (drawnLines > 0) {
            screen.append("\033[").append(drawnLines).append('F');
        }
        for (String line : lines) {
            String fitted = line.stripTrailing();
            screen.append("\033[2K").append(fitted.length() < width ? fitted : fitted.substring(0, width - 1))
                    .append('\n');
        }
        out.print(screen);
        out.flush();
        drawnLines = lines.size();
    }

    private String format(Row row) {
        // A line that says "starting" is written at the start: its time would always read 0.0 s.
        boolean timed = row.started != NOT_YET && (width > 0 || row.state != State.STARTING);
        String time = timed ? seconds(elapsed(row.name)) : "";
        return String.format("%-24s %-9s %8s  %s", row.name, row.state.label, time,
                row.detail == null ? "" : row.detail);
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    /** {@code stty size} on the controlling terminal: "ROWS COLUMNS"; 80 when it cannot say. */
    private static int terminalWidth() {
        try {
            Process stty = new ProcessBuilder("stty", "size")
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/tty")))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String answer = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            if (stty.waitFor(2, TimeUnit.SECONDS) && stty.exitValue() == 0 && answer.matches("\\d+ \\d+")) {
                return Integer.parseInt(answer.substring(answer.indexOf(' ') + 1));
            }
        } catch (IOException e) {
            // no stty or no terminal: the default below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 80;
    }
}
