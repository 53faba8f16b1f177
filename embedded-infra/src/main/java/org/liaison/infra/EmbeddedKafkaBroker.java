package org.liaison.infra;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * A real Apache Kafka broker run in-process in KRaft mode: one node (id 1) that is both broker and
 * controller, PLAINTEXT on {@code 127.0.0.1:<port>} and a controller listener on another free port,
 * internal topics with replication factor 1.
 *
 * <p>The log directory is formatted (like {@code kafka-storage.sh format}, through Kafka's
 * {@link Formatter} API) only when it holds no {@code meta.properties} yet, so a persistent directory
 * keeps its cluster id, topics and records across restarts. Without a log directory a temporary one
 * is used and deleted on {@link #close()}.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedKafkaBroker.class.getName());

    public static final String HOST = "127.0.0.1";
    public static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    private final Path configuredLogDir;
    private final int requestedPort;
    private final Map<String, Integer> topics;
    private final Map<String, String> overrides;

    private Path logDir;
    private int port;
    private int controllerPort;
    private KafkaRaftServer server;
    private Thread shutdownHook;
    private boolean closed;

    private EmbeddedKafkaBroker(Builder b) {
        this.configuredLogDir = b.logDir;
        this.requestedPort = b.port;
        this.topics = Map.copyOf(b.topics);
        this.overrides = Map.copyOf(b.overrides);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Formats the log directory if new, starts the broker and creates the missing topics. */
    public synchronized EmbeddedKafkaBroker start() {
        if (server != null) {
            return this;
        }
        InfraLogging.quietNoisyLoggers();
        long t0 = System.nanoTime();
        FileTrees.preload();
        try {
            logDir = configuredLogDir != null ? configuredLogDir : Files.createTempDirectory("liaison-kafka-");
            Files.createDirectories(logDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create Kafka log directory", e);
        }
        port = Ports.orFree(requestedPort);
        controllerPort = Ports.freePort();
        while (controllerPort == port) {
            controllerPort = Ports.freePort();
        }
        KafkaConfig config = KafkaConfig.fromProps(brokerProperties());
        boolean formatted = formatIfNeeded();
        KafkaRaftServer raftServer = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            raftServer.startup();
        } catch (RuntimeException e) {
            try {
                raftServer.shutdown();
            } catch (RuntimeException ignored) {
                // startup failed half-way
            }
            throw new IllegalStateException("Kafka broker did not start on port " + port, e);
        }
        server = raftServer;
        shutdownHook = new Thread(this::close, "embedded-kafka-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        if (!topics.isEmpty()) {
            TopicCreator.ensure(bootstrapServers(), topics);
        }
        LOG.info(String.format("Kafka broker started on %s in %d ms (log dir %s%s)", bootstrapServers(),
                (System.nanoTime() - t0) / 1_000_000, configuredLogDir == null ? "temporary" : logDir,
                formatted ? ", freshly formatted" : ", existing"));
        return this;
    }

    private Properties brokerProperties() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
        p.put("controller.listener.names", CONTROLLER_LISTENER);
        p.put("listeners",
                "PLAINTEXT://" + HOST + ":" + port + "," + CONTROLLER_LISTENER + "://" + HOST + ":" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + port);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        p.put("num.partitions", "1");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "10");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "10");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        // A broker restarted after a crash may register again only once its previous registration's session has
        // expired (9 s by default): with one node, that is how long the whole cluster is away after a restart.
        p.put("broker.session.timeout.ms", "3000");
        p.put("broker.heartbeat.interval.ms", "1000");
        p.put("auto.create.topics.enable", "true");
        p.put("delete.topic.enable", "true");
        p.put("log.retention.hours", "168");
        p.putAll(overrides);
        return p;
    }

    /** Formats the log directory unless it already carries meta.properties. Returns true when it formatted. */
    private boolean formatIfNeeded() {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return false;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            new Formatter()
                    .setPrintStream(ps)
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setMetadataLogDirectory(logDir.toString())
                    .addDirectory(logDir.toString())
                    .setIgnoreFormatted(true)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Could not format Kafka log directory " + logDir + ": " + out, e);
        }
        LOG.fine(() -> "Formatted " + logDir + ": " + out.toString(StandardCharsets.UTF_8).trim());
        return true;
    }

    /** {@code 127.0.0.1:PORT}. */
    public synchronized String bootstrapServers() {
        if (server == null) {
            throw new IllegalStateException("Kafka broker is not started");
        }
        return HOST + ":" + port;
    }

    public synchronized int port() {
        return port;
    }

    public synchronized Path logDir() {
        return logDir;
    }

    public synchronized boolean isRunning() {
        return server != null && !closed;
    }

    /** Stops the broker and waits for it; a temporary log directory is deleted. Idempotent. */
    @Override
    public synchronized void close() {
        if (server == null || closed) {
            return;
        }
        closed = true;
        long t0 = System.nanoTime();
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            LOG.warning("Stopping the Kafka broker failed: " + e);
        }
        if (shutdownHook != null && Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException ignored) {
                // already shutting down
            }
        }
        if (configuredLogDir == null) {
            FileTrees.deleteQuietly(logDir);
        }
        LOG.info(String.format("Kafka broker stopped in %d ms", (System.nanoTime() - t0) / 1_000_000));
    }

    public static final class Builder {
        private Path logDir;
        private int port;
        private Map<String, Integer> topics = LiaisonTopics.all();
        private Map<String, String> overrides = Map.of();

        private Builder() {
        }

        /** Persistent log directory (kept between runs); {@code null} = temporary, deleted on close. */
        public Builder logDir(Path dir) {
            this.logDir = dir;
            return this;
        }

        /** PLAINTEXT port; 0 (the default) picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Topics created after start if missing; defaults to {@link LiaisonTopics#all()}. */
        public Builder topics(Map<String, Integer> topics) {
            this.topics = Map.copyOf(topics);
            return this;
        }

        /** Extra broker properties, applied last. */
        public Builder brokerProperties(Map<String, String> overrides) {
            this.overrides = Map.copyOf(overrides);
            return this;
        }

        public EmbeddedKafkaBroker build() {
            return new EmbeddedKafkaBroker(this);
        }

        public EmbeddedKafkaBroker start() {
            return build().start();
        }
    }
}
