package org.liaison.infra.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./liaison logs SERVICE [-f|--no-follow] [-n LINES]}: the last lines of a log, then what follows, by
 * {@code tail}, which knows how to follow a file that grows.
 */
final class Logs {

    private final StateDirectory state;
    private final PrintStream out;

    Logs(StateDirectory state, PrintStream out) {
        this.state = state;
        this.out = out;
    }

    int run(List<String> args) {
        boolean follow = true;
        String lines = "100";
        String name = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "-f", "--follow" -> follow = true;
                case "--no-follow" -> follow = false;
                case "-n" -> {
                    if (i + 1 >= args.size() || !args.get(i + 1).matches("\\d+")) {
                        throw new LauncherException("-n needs a number");
                    }
                    lines = args.get(++i);
                }
                default -> {
                    if (arg.startsWith("-")) {
                        throw new LauncherException("unknown option " + arg
                                + " (logs SERVICE [-f|--no-follow] [-n LINES])");
                    }
                    name = arg;
                }
            }
        }
        if (name == null) {
            throw new LauncherException("usage: ./liaison logs SERVICE   (SERVICE: " + Components.list() + ")");
        }
        String asked = name;
        String component = Components.named(asked).orElseThrow(() -> new LauncherException("unknown service '"
                + asked + "' (one of: " + Components.list() + ")"));
        Path log = state.log(component);
        if (!Files.isRegularFile(log)) {
            throw new LauncherException("no log yet: " + state.shown(log));
        }
        List<String> tail = new ArrayList<>(List.of("tail", "-n", lines));
        if (follow) {
            tail.add("-f");
        }
        tail.add(log.toString());
        try {
            Process process = new ProcessBuilder(tail).redirectInput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            // A Ctrl-C reaches both; a kill of the launcher alone must not leave tail following the file for ever.
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, "stop-tail"));
            try (InputStream shown = process.getInputStream()) {
                byte[] chunk = new byte[8192];
                for (int n = shown.read(chunk); n >= 0; n = shown.read(chunk)) {
                    out.write(chunk, 0, n);
                    out.flush(); // a followed log shows each line as it comes
                }
            }
            return process.waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run tail", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }
}
