package org.liaison.infra;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.logging.Logger;

/**
 * Starts an {@link EmbeddedInfra} with chosen directories, ports, databases and topics; either server can be left out.
 */
public final class EmbeddedInfraBuilder {

    private static final Logger LOG = Logger.getLogger(EmbeddedInfra.class.getName());
    private boolean withPostgres = true;
    private boolean withKafka = true;
    private Path pgDir;
    private Path kafkaDir;
    private int pgPort;
    private int kafkaPort;
    private List<String> databases = LiaisonDatabases.all();
    private Map<String, Integer> topics = LiaisonTopics.all();
    private Path temporaryRoot;

    EmbeddedInfraBuilder() {
    }

    public EmbeddedInfraBuilder withPostgres(boolean on) {
        this.withPostgres = on;
        return this;
    }

    public EmbeddedInfraBuilder withKafka(boolean on) {
        this.withKafka = on;
        return this;
    }

    /** {@code null} (default) = temporary directory. */
    public EmbeddedInfraBuilder postgresDataDirectory(Path dir) {
        this.pgDir = dir;
        return this;
    }

    /** {@code null} (default) = temporary directory. */
    public EmbeddedInfraBuilder kafkaLogDir(Path dir) {
        this.kafkaDir = dir;
        return this;
    }

    /** 0 (default) = a free port. */
    public EmbeddedInfraBuilder postgresPort(int port) {
        this.pgPort = port;
        return this;
    }

    /** 0 (default) = a free port. */
    public EmbeddedInfraBuilder kafkaPort(int port) {
        this.kafkaPort = port;
        return this;
    }

    public EmbeddedInfraBuilder databases(List<String> names) {
        this.databases = List.copyOf(names);
        return this;
    }

    public EmbeddedInfraBuilder topics(Map<String, Integer> topics) {
        this.topics = Map.copyOf(topics);
        return this;
    }

    /** A directory deleted (recursively) when the instance is stopped. */
    EmbeddedInfraBuilder temporaryRoot(Path root) {
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
            FileTrees.preload();
            Runtime.getRuntime().addShutdownHook(new Thread(infra::stop, "embedded-infra-shutdown"));
        }
        LOG.info(String.format("Embedded infrastructure up in %d ms:%s%s", (System.nanoTime() - t0) / 1_000_000,
                p != null ? " PostgreSQL " + p.serverJdbcUrl() : "",
                k != null ? " Kafka " + k.bootstrapServers() : ""));
        return infra;
    }

    private static Executor daemonExecutor(String name) {
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
