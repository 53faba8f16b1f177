package org.liaison.infra.launcher;

import org.liaison.infra.LiaisonTopology;
import org.liaison.infra.TokenMain;
import org.liaison.infra.ToolsMain;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code ./liaison}: the script checks for a JDK, builds the launcher jar when it is missing and runs this with the
 * checkout in {@code -Dliaison.repo}. Each command is a class of its own ({@link Up}, {@link Down}, {@link Status},
 * {@link Logs}, {@link Suites}); add one by writing it and a line in {@link #run} and in {@code usage.txt}.
 *
 * <p>Standard output carries what a command answers; the launcher's own errors go to standard error, so that
 * {@code TOKEN=$(./liaison token ...)} captures the token alone.
 */
public final class LiaisonLauncher {

    private LiaisonLauncher() {
    }

    public static void main(String[] args) {
        // JBoss LogManager is on the class path (for the embedded servers); the JDK's HTTP client logs through
        // System.Logger, which complains on stderr unless the manager is chosen before the first logger.
        if (System.getProperty("java.util.logging.manager") == null) {
            System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        }
        Path repository = Path.of(System.getProperty("liaison.repo", ".")).toAbsolutePath().normalize();
        System.exit(run(args, repository, System.getenv(), System.out, System.err));
    }

    /** Runs one command; returns the exit status. */
    static int run(String[] args, Path repository, Map<String, String> env, PrintStream out, PrintStream err) {
        String command = args.length == 0 ? "help" : args[0];
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        Console console = new Console(out, err);
        try {
            LauncherSettings settings = LauncherSettings.from(repository, env);
            return switch (command) {
                case "up" -> new Up(settings, console).run(rest);
                case "sample-data" -> new Up(settings, console).sampleData();
                case "down", "stop" -> new Down(settings, console).run();
                case "status" -> new Status(settings, out).run();
                case "logs", "log" -> new Logs(settings.state(), out).run(rest);
                case "token" -> token(settings, rest, console);
                case "rebuild" -> rebuild(settings, rest, console);
                case "faults" -> new Suites(settings, console).faults(rest);
                case "bench" -> new Suites(settings, console).bench(rest);
                case "help", "-h", "--help" -> {
                    out.print(Usage.text());
                    yield 0;
                }
                default -> {
                    err.print(Usage.text());
                    throw new LauncherException("unknown command '" + command + "'");
                }
            };
        } catch (LauncherException e) {
            console.error(e.getMessage());
            return 1;
        }
    }

    /** Prints a token signed with the local key; everything else it may say (a build) goes to standard error. */
    private static int token(LauncherSettings settings, List<String> args, Console console) {
        Console quiet = new Console(console.err(), console.err());
        Build.ifMissing(settings.repository(), Build.serviceJars(settings.repository()), "install", quiet);
        List<String> withKeys = new ArrayList<>(List.of("--keys", settings.state().keys().toString()));
        withKeys.addAll(args);
        return TokenMain.print(withKeys.toArray(String[]::new), console.out(), console.err());
    }

    /** Rebuilds a read model of a running service from its topic; the service says what it did. */
    private static int rebuild(LauncherSettings settings, List<String> args, Console console) {
        if (args.size() != 2) {
            throw new LauncherException("usage: ./liaison rebuild SERVICE READ_MODEL, e.g. ./liaison rebuild "
                    + "meetings organization-directory");
        }
        String service = Components.named(args.get(0)).orElseThrow(() -> new LauncherException("unknown service '"
                + args.get(0) + "' (one of: " + Components.list() + ")"));
        if (StateDirectory.INFRA.equals(service)) {
            throw new LauncherException("the infrastructure keeps no read models: name a service");
        }
        console.say("rebuilding " + args.get(1) + " in " + service + " from its topic ...");
        String url = Up.url(LiaisonTopology.service(service).orElseThrow());
        ToolsMain.main(new String[]{"rebuild", "--url", url, "--read-model", args.get(1), "--keys",
                settings.state().keys().toString()});
        return 0;
    }
}
