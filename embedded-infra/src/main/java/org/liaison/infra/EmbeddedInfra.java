package org.liaison.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
 * <p>Both servers start in parallel. Measured on the 2-core dev machine: PostgreSQL 1.4-1.9 s on a fresh
 * directory (initdb + 4 databases), 0.3-0.6 s on an existing one; Kafka 1.7-3.1 s fresh, 0.9-2.9 s existing.
 */
public final class EmbeddedInfra implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedInfra.class.getName());

    /*
     * shared() must be JVM-wide even when this class is loaded by several class loaders (Quarkus
     * tests load test dependencies once per application, and restart the application for each test
     * profile or resource set). A string literal is the same object in every class loader, and the
     * endpoints of the instance that was started are published as system properties.
     */
    private static final String JVM_WIDE_LOCK = "org.liaison.infra.EmbeddedInfra#shared";
    static final String PROP_JDBC = "liaison.embedded-infra.jdbc-base-url";
    static final String PROP_USER = "liaison.embedded-infra.pg-user";
    static final String PROP_PASSWORD = "liaison.embedded-infra.pg-password";
    static final String PROP_BOOTSTRAP = "liaison.embedded-infra.bootstrap-servers";

    private static EmbeddedInfra shared;

    private final EmbeddedPostgresServer postgres;
    private final EmbeddedKafkaBroker kafka;
    private final Path temporaryRoot;
    private final String jdbcBaseUrl;
    private final String pgUser;
    private final String pgPassword;
    private final String bootstrapServers;
    private boolean closed;

    EmbeddedInfra(EmbeddedPostgresServer postgres, EmbeddedKafkaBroker kafka, Path temporaryRoot) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.temporaryRoot = temporaryRoot;
        this.jdbcBaseUrl = postgres == null ? null : postgres.serverJdbcUrl();
        this.pgUser = postgres == null ? null : postgres.user();
        this.pgPassword = postgres == null ? null : postgres.password();
        this.bootstrapServers = kafka == null ? null : kafka.bootstrapServers();
    }

    /** A view of servers started elsewhere in this JVM (by another class loader's copy of this class). */
    private EmbeddedInfra(String jdbcBaseUrl, String pgUser, String pgPassword, String bootstrapServers) {
        this.postgres = null;
        this.kafka = null;
        this.temporaryRoot = null;
        this.jdbcBaseUrl = jdbcBaseUrl;
        this.pgUser = pgUser;
        this.pgPassword = pgPassword;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * The JVM-wide instance (temporary directories, free ports), started on first call. It lives until the
     * JVM exits: a shutdown hook stops both servers and deletes the directories. Calling {@link #close()} on
     * it is ignored. Note that the broker's threads are not daemons: a plain {@code main} that used it must
     * end with {@code System.exit} (test runners do).
     */
    public static EmbeddedInfra shared() {
        synchronized (JVM_WIDE_LOCK) {
            if (shared != null) {
                return shared;
            }
            String jdbc = System.getProperty(PROP_JDBC);
            String bootstrap = System.getProperty(PROP_BOOTSTRAP);
            if (jdbc != null && bootstrap != null) {
                shared = new EmbeddedInfra(jdbc, System.getProperty(PROP_USER), System.getProperty(PROP_PASSWORD),
                        bootstrap);
                return shared;
            }
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
            System.setProperty(PROP_JDBC, infra.jdbcBaseUrl());
            System.setProperty(PROP_USER, infra.pgUser());
            System.setProperty(PROP_PASSWORD, infra.pgPassword());
            System.setProperty(PROP_BOOTSTRAP, infra.bootstrapServers());
            shared = infra;
            return shared;
        }
    }

    public static EmbeddedInfraBuilder builder() {
        return new EmbeddedInfraBuilder();
    }

    /**
     * Persistent instance rooted at {@code dir} ({@code dir/postgres}, {@code dir/kafka}) on fixed ports (0 = free).
     */
    public static EmbeddedInfra persistent(Path dir, int pgPort, int kafkaPort) {
        return builder()
                .postgresDataDirectory(dir.resolve("postgres"))
                .kafkaLogDir(dir.resolve("kafka"))
                .postgresPort(pgPort)
                .kafkaPort(kafkaPort)
                .start();
    }

    public boolean hasPostgres() {
        return jdbcBaseUrl != null;
    }

    public boolean hasKafka() {
        return bootstrapServers != null;
    }

    /** The PostgreSQL server; not available on a {@link #shared()} instance started by another class loader. */
    public EmbeddedPostgresServer postgres() {
        return require(postgres, "PostgreSQL");
    }

    /** The Kafka broker; not available on a {@link #shared()} instance started by another class loader. */
    public EmbeddedKafkaBroker kafka() {
        return require(kafka, "Kafka");
    }

    /** {@code jdbc:postgresql://127.0.0.1:PORT/db}. */
    public String jdbcUrl(String db) {
        return DatabaseBootstrap.databaseUrl(jdbcBaseUrl(), db);
    }

    /** {@code jdbc:postgresql://127.0.0.1:PORT} (no database). */
    public String jdbcBaseUrl() {
        return require(jdbcBaseUrl, "PostgreSQL");
    }

    public String pgUser() {
        return require(pgUser, "PostgreSQL");
    }

    public String pgPassword() {
        return require(pgPassword, "PostgreSQL");
    }

    /** {@code 127.0.0.1:PORT}. */
    public String bootstrapServers() {
        return require(bootstrapServers, "Kafka");
    }

    /** Creates databases that are missing (beyond the Liaison ones created at start). */
    public void ensureDatabases(List<String> names) {
        DatabaseBootstrap.ensureDatabases(jdbcBaseUrl(), pgUser(), pgPassword(), names);
    }

    /** Creates topics that are missing (name → partitions). */
    public void ensureTopics(Map<String, Integer> topics) {
        TopicCreator.ensure(bootstrapServers(), topics);
    }

    /** Stops Kafka, then PostgreSQL; deletes temporary directories. Idempotent; ignored for {@link #shared()}. */
    @Override
    public void close() {
        synchronized (JVM_WIDE_LOCK) {
            if (this == shared) {
                return;
            }
        }
        stop();
    }

    synchronized void stop() {
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
            throw new IllegalStateException(what + " is not part of this EmbeddedInfra"
                    + " (not started, or owned by another class loader's shared instance)");
        }
        return value;
    }
}
