package org.liaison.infra;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;

/**
 * Command line of the embedded infrastructure, run in a JVM of its own by {@code ./liaison up} (the launcher's
 * {@code Infrastructure}) and by the fault and bench clusters ({@code InfraProcess}).
 *
 * <pre>
 * up     --dir DIR [--pg-port 5432] [--kafka-port 9092] [--no-postgres] [--no-kafka]
 *        Starts PostgreSQL (data in DIR/postgres) and Kafka (DIR/kafka), creates the databases and
 *        topics, writes DIR/infra.env then DIR/infra.ready, and runs until SIGTERM/SIGINT.
 * ensure [--jdbc-url jdbc:postgresql://host:port --user U] [--bootstrap host:port]
 *        Creates the missing databases and/or topics on external servers, then exits. The password is read from
 *        LIAISON_PG_PASSWORD, never from the command line.
 * </pre>
 *
 * Exit codes: 0 ok, 1 failure, 2 usage error.
 */
public final class InfraMain {

    public static final String ENV_FILE = "infra.env";
    public static final String READY_FILE = "infra.ready";
    /** Where {@code ensure} takes the external PostgreSQL's password from. */
    static final String PASSWORD_VARIABLE = "LIAISON_PG_PASSWORD";

    private InfraMain() {
    }

    public static void main(String[] args) {
        if (System.getProperty("java.util.logging.manager") == null) {
            System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        }
        InfraLogging.configureConsole();
        int code;
        try {
            code = run(args);
        } catch (UsageException e) {
            System.err.println("error: " + e.getMessage());
            usage(System.err);
            code = 2;
        } catch (RuntimeException e) {
            log().severe("Failed: " + describe(e));
            e.printStackTrace(System.err);
            code = 1;
        }
        if (code != 0 || (args.length > 0 && !"up".equals(args[0]))) {
            System.exit(code);
        }
    }

    static int run(String[] args) {
        if (args.length == 0) {
            throw new UsageException("no command");
        }
        Map<String, String> opts = parse(args);
        switch (args[0]) {
            case "up":
                return up(opts);
            case "ensure":
                return ensure(opts);
            case "help":
            case "-h":
            case "--help":
                usage(System.out);
                return 0;
            default:
                throw new UsageException("unknown command " + args[0]);
        }
    }

    private static int up(Map<String, String> opts) {
        allow(opts, "--dir", "--pg-port", "--kafka-port", "--no-postgres", "--no-kafka");
        Path dir = Paths.get(required(opts, "--dir")).toAbsolutePath().normalize();
        boolean withPg = !opts.containsKey("--no-postgres");
        boolean withKafka = !opts.containsKey("--no-kafka");
        int pgPort = intOpt(opts, "--pg-port", LiaisonTopology.POSTGRES_PORT);
        int kafkaPort = intOpt(opts, "--kafka-port", LiaisonTopology.KAFKA_PORT);
        if (!withPg && !withKafka) {
            throw new UsageException("--no-postgres and --no-kafka together leave nothing to start");
        }
        if (withPg && pgPort != 0 && Ports.isListening(pgPort)) {
            throw new IllegalStateException("Port " + pgPort
                    + " is already in use: is another PostgreSQL running? (choose another with --pg-port, or "
                    + "LIAISON_PG_PORT for ./liaison)");
        }
        if (withKafka && kafkaPort != 0 && Ports.isListening(kafkaPort)) {
            throw new IllegalStateException("Port " + kafkaPort
                    + " is already in use: is another Kafka running? (choose another with --kafka-port, or "
                    + "LIAISON_KAFKA_PORT for ./liaison)");
        }
        Path ready = dir.resolve(READY_FILE);
        Path env = dir.resolve(ENV_FILE);
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(ready);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot use directory " + dir, e);
        }

        EmbeddedInfra infra = EmbeddedInfra.builder()
                .withPostgres(withPg)
                .withKafka(withKafka)
                .postgresDataDirectory(dir.resolve("postgres"))
                .kafkaLogDir(dir.resolve("kafka"))
                .postgresPort(pgPort)
                .kafkaPort(kafkaPort)
                .start();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log().info("Shutting down the embedded infrastructure");
            deleteQuietly(ready);
            infra.close();
            deleteQuietly(env);
            log().info("Embedded infrastructure stopped");
            stopped.countDown();
        }, "infra-main-shutdown"));

        List<String> lines = new ArrayList<>();
        if (infra.hasPostgres()) {
            lines.add("QUARKUS_DATASOURCE_JDBC_URL_BASE=" + infra.jdbcBaseUrl());
            lines.add("PG_USER=" + infra.pgUser());
            lines.add("PG_PASSWORD=" + infra.pgPassword());
        }
        if (infra.hasKafka()) {
            lines.add("KAFKA_BOOTSTRAP_SERVERS=" + infra.bootstrapServers());
        }
        writeAtomically(env, String.join("\n", lines) + "\n");
        writeAtomically(ready, ProcessHandle.current().pid() + "\n");
        log().info("Ready: " + String.join(", ", lines.stream().filter(l -> !l.startsWith("PG_PASSWORD")).toList())
                + " (" + env + ")");

        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static int ensure(Map<String, String> opts) {
        // No --password: a command line is visible to every user of the machine (ps); it comes from the environment.
        allow(opts, "--jdbc-url", "--user", "--bootstrap");
        String jdbcUrl = opts.get("--jdbc-url");
        String bootstrap = opts.get("--bootstrap");
        if (jdbcUrl == null && bootstrap == null) {
            throw new UsageException("ensure needs --jdbc-url and/or --bootstrap");
        }
        if (jdbcUrl != null) {
            DatabaseBootstrap.ensureDatabases(jdbcUrl, opts.get("--user"), System.getenv(PASSWORD_VARIABLE),
                    LiaisonDatabases.all());
            log().info("Databases " + LiaisonDatabases.all() + " present on " + jdbcUrl);
        }
        if (bootstrap != null) {
            TopicCreator.ensureLiaisonTopics(bootstrap);
            log().info("Topics " + LiaisonTopics.all().keySet() + " present on " + bootstrap);
        }
        return 0;
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new UsageException("unexpected argument " + a);
            }
            if (a.startsWith("--no-")) {
                opts.put(a, "true");
                continue;
            }
            int eq = a.indexOf('=');
            if (eq > 0) {
                opts.put(a.substring(0, eq), a.substring(eq + 1));
            } else if (i + 1 < args.length) {
                opts.put(a, args[++i]);
            } else {
                throw new UsageException(a + " needs a value");
            }
        }
        return opts;
    }

    private static void allow(Map<String, String> opts, String... allowed) {
        List<String> ok = List.of(allowed);
        for (String k : opts.keySet()) {
            if (!ok.contains(k)) {
                throw new UsageException("unknown option " + k);
            }
        }
    }

    private static String required(Map<String, String> opts, String key) {
        String v = opts.get(key);
        if (v == null || v.isBlank()) {
            throw new UsageException(key + " is required");
        }
        return v;
    }

    private static int intOpt(Map<String, String> opts, String key, int dflt) {
        String v = opts.get(key);
        if (v == null) {
            return dflt;
        }
        try {
            int port = Integer.parseInt(v.trim());
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new UsageException(key + " must be a port number, got " + v);
        }
    }

    private static void writeAtomically(Path target, String content) {
        try {
            Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + target, e);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // best effort
        }
    }

    private static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            sb.append(" <- ").append(c);
        }
        return sb.toString();
    }

    private static Logger log() {
        return Logger.getLogger(InfraMain.class.getName());
    }

    static void usage(PrintStream out) {
        out.println("usage: java -jar embedded-infra.jar COMMAND [OPTIONS]");
        out.println();
        out.println("  up --dir DIR [--pg-port " + LiaisonTopology.POSTGRES_PORT + "] [--kafka-port "
                + LiaisonTopology.KAFKA_PORT + "] [--no-postgres] [--no-kafka]");
        out.println("      start embedded PostgreSQL (DIR/postgres) and Kafka (DIR/kafka), create databases and");
        out.println("      topics, write DIR/" + ENV_FILE + " and DIR/" + READY_FILE + ", run until SIGTERM");
        out.println("  ensure [--jdbc-url jdbc:postgresql://HOST:PORT --user U] [--bootstrap HOST:PORT]   (password: "
                + "$LIAISON_PG_PASSWORD)");
        out.println("      create missing databases " + LiaisonDatabases.all() + " and topics on external servers");
        out.println("  help");
    }

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
