package org.liaison.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Logger;

/**
 * PostgreSQL and Kafka together, with the Liaison databases and topics created.
 *
 * <ul>
 *   <li>{@link #shared()}: a JVM-wide instance for tests — temporary directories, free ports, started
 *       lazily on first use, stopped (and its directories deleted) by a shutdown hook.</li>
 *   <li>{@link #builder()}: explicit instances, e.g. persistent directories and fixed ports for
 *       {@code ./liaison up}; either server can be left out.</li>
 * </ul>
 *
 * <p>Both servers start in parallel (PostgreSQL ~1.5 s, Kafka ~2.5 s on a 2-core machine).
 */
public final class EmbeddedInfra implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedInfra.class.getName());

    private static EmbeddedInfra shared;

    private final EmbeddedPostgresServer postgres;
    private final EmbeddedKafkaBroker kafka;
    private final Path temporaryRoot;
    private boolean closed;

    private EmbeddedInfra(EmbeddedPostgresServer postgres, EmbeddedKafkaBroker kafka, Path temporaryRoot) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.temporaryRoot = temporaryRoot;
    }

    /**
     * The JVM-wide instance (temporary directories, free ports), started on first call. It lives until the
     * JVM exits: a shutdown hook stops both servers and deletes the directories. Calling {@link #close()} on
     * it is ignored.
     */
    public static synchronized EmbeddedInfra shared() {
        if (shared == null) {
            Path root;
            try {
                root = Files.createTempDirectory("liaison-infra-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            EmbeddedInfra infra = builder()
                    .postgresDataDirectory(root.resolve("postgres"))
                    .kafkaLogDir(root.resolve("kafka"))
                    .temporaryRoot(root)
                    .start();
            shared = infra;
        }
        return shared;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Persistent instance rooted at {@code dir} ({@code dir/postgres}, {@code dir/kafka}) on fixed ports (0 = free). */
    public static EmbeddedInfra persistent(Path dir, int pgPort, int kafkaPort) {
        return builder()
                .postgresDataDirectory(dir.resolve("postgres"))
                .kafkaLogDir(dir.resolve("kafka"))
                .postgresPort(pgPort)
                .kafkaPort(kafkaPort)
                .start();
    }

    public boolean hasPostgres() {
        return postgres != null;
    }

    public boolean hasKafka() {
        return kafka != null;
    }

    public EmbeddedPostgresServer postgres() {
        return require(postgres, "PostgreSQL");
    }

    public EmbeddedKafkaBroker kafka() {
        return require(kafka, "Kafka");
    }

    /** {@code jdbc:postgresql://127.0.0.1:PORT/db}. */
    public String jdbcUrl(String db) {
        return postgres().jdbcUrl(db);
    }

    /** {@code jdbc:postgresql://127.0.0.1:PORT} (no database). */
    public String jdbcBaseUrl() {
        return postgres().serverJdbcUrl();
    }

    public String pgUser() {
        return postgres().user();
    }

    public String pgPassword() {
        return postgres().password();
    }

    public String bootstrapServers() {
        return kafka().bootstrapServers();
    }

    /** Stops Kafka, then PostgreSQL; deletes temporary directories. Idempotent; ignored for {@link #shared()}. */
    @Override
    public void close() {
        synchronized (EmbeddedInfra.class) {
            if (this == shared) {
                return;
            }
        }
        stop();
    }

    private synchronized void stop() {
        if (closed) {
            return;
        }
        closed = true;
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        if (temporaryRoot != null) {
            FileTrees.deleteQuietly(temporaryRoot);
        }
    }

    private static <T> T require(T value, String what) {
        if (value == null) {
            throw new IllegalStateException(what + " is not part of this EmbeddedInfra");
        }
        return value;
    }

    public static final class Builder {
        private boolean withPostgres = true;
        private boolean withKafka = true;
        private Path pgDir;
        private Path kafkaDir;
        private int pgPort;
        private int kafkaPort;
        private List<String> databases = LiaisonDatabases.all();
        private Map<String, Integer> topics = LiaisonTopics.all();
        private Path temporaryRoot;

        private Builder() {
        }

        public Builder withPostgres(boolean on) {
            this.withPostgres = on;
            return this;
        }

        public Builder withKafka(boolean on) {
            this.withKafka = on;
            return this;
        }

        /** {@code null} (default) = temporary directory. */
        public Builder postgresDataDirectory(Path dir) {
            this.pgDir = dir;
            return this;
        }

        /** {@code null} (default) = temporary directory. */
        public Builder kafkaLogDir(Path dir) {
            this.kafkaDir = dir;
            return this;
        }

        /** 0 (default) = a free port. */
        public Builder postgresPort(int port) {
            this.pgPort = port;
            return this;
        }

        /** 0 (default) = a free port. */
        public Builder kafkaPort(int port) {
            this.kafkaPort = port;
            return this;
        }

        public Builder databases(List<String> names) {
            this.databases = List.copyOf(names);
            return this;
        }

        public Builder topics(Map<String, Integer> topics) {
            this.topics = Map.copyOf(topics);
            return this;
        }

        /** A directory deleted (recursively) when the instance is stopped. */
        Builder temporaryRoot(Path root) {
            this.temporaryRoot = root;
            return this;
        }

        /** Starts the selected servers in parallel and creates databases and topics. */
        public EmbeddedInfra start() {
            long t0 = System.nanoTime();
            CompletableFuture<EmbeddedPostgresServer> pg = withPostgres
                    ? CompletableFuture.supplyAsync(() -> EmbeddedPostgresServer.builder()
                            .dataDirectory(pgDir).durable(pgDir != null && temporaryRoot == null)
                            .port(pgPort).databases(databases).start(), daemonExecutor("postgres"))
                    : CompletableFuture.completedFuture(null);
            CompletableFuture<EmbeddedKafkaBroker> kf = withKafka
                    ? CompletableFuture.supplyAsync(() -> EmbeddedKafkaBroker.builder()
                            .logDir(kafkaDir).port(kafkaPort).topics(topics).start(), daemonExecutor("kafka"))
                    : CompletableFuture.completedFuture(null);
            EmbeddedPostgresServer p = null;
            EmbeddedKafkaBroker k = null;
            RuntimeException failure = null;
            try {
                p = pg.join();
            } catch (CompletionException e) {
                failure = unwrap(e);
            }
            try {
                k = kf.join();
            } catch (CompletionException e) {
                RuntimeException f = unwrap(e);
                if (failure == null) {
                    failure = f;
                } else {
                    failure.addSuppressed(f);
                }
            }
            if (failure != null) {
                if (k != null) {
                    k.close();
                }
                if (p != null) {
                    p.close();
                }
                if (temporaryRoot != null) {
                    FileTrees.deleteQuietly(temporaryRoot);
                }
                throw failure;
            }
            EmbeddedInfra infra = new EmbeddedInfra(p, k, temporaryRoot);
            if (temporaryRoot != null) {
                Runtime.getRuntime().addShutdownHook(new Thread(infra::stop, "embedded-infra-shutdown"));
            }
            LOG.info(String.format("Embedded infrastructure up in %d ms:%s%s", (System.nanoTime() - t0) / 1_000_000,
                    p != null ? " PostgreSQL " + p.serverJdbcUrl() : "",
                    k != null ? " Kafka " + k.bootstrapServers() : ""));
            return infra;
        }

        private static java.util.concurrent.Executor daemonExecutor(String name) {
            return task -> {
                Thread t = new Thread(task, "embedded-infra-start-" + name);
                t.setDaemon(true);
                t.start();
            };
        }

        private static RuntimeException unwrap(CompletionException e) {
            Throwable c = e.getCause() != null ? e.getCause() : e;
            return c instanceof RuntimeException ? (RuntimeException) c : new IllegalStateException(c);
        }
    }
}
