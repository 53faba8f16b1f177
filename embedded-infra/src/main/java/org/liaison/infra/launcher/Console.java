package org.liaison.infra.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code ./liaison} says: its own lines on {@code out} with a {@code [liaison]} prefix, warnings and errors on
 * {@code err}. For {@code token}, {@code out} is standard error too, so that standard output carries the token alone
 * ({@code TOKEN=$(./liaison token ...)}).
 */
record Console(PrintStream out, PrintStream err) {

    static final String PREFIX = "[liaison] ";

    void say(String message) {
        out.println(PREFIX + message);
    }

    void warn(String message) {
        err.println(PREFIX + "WARNING: " + message);
    }

    void error(String message) {
        err.println(PREFIX + "ERROR: " + message);
    }

    /** The last lines of a component's log on standard error, to show why it failed without a second command. */
    void tail(Path log, String shownAs, int lines) {
        if (!Files.isRegularFile(log)) {
            return;
        }
        try {
            // Decoded leniently: a log cut off in the middle of a character must still show.
            List<String> all = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            err.println(PREFIX + "---- last lines of " + shownAs + " ----");
            all.subList(Math.max(0, all.size() - lines), all.size()).forEach(err::println);
            err.println(PREFIX + "----");
        } catch (IOException e) {
            warn("cannot read " + shownAs + ": " + e.getMessage());
        }
    }
}
