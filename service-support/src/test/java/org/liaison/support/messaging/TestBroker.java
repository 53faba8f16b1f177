package org.liaison.support.messaging;

import org.liaison.infra.EmbeddedKafkaBroker;
import org.liaison.infra.FileTrees;
import org.liaison.infra.Ports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The messaging tests' Kafka broker, which a test may stop and start again (same port and same log directory, so
 * that the clients of the application reconnect to it and find their topics and records, as after a broker's
 * restart in production), or cut off from its clients for a while ({@link BrokerLink}: the broker advertises the
 * link's port, so that every client connects through it).
 */
public final class TestBroker {

    private static TestBroker current;

    private final Path logDir;
    private final int brokerPort;
    private final BrokerLink link;
    private final int port;
    private final Map<String, Integer> topics;
    private EmbeddedKafkaBroker broker;

    private TestBroker(Path logDir, Map<String, Integer> topics) {
        this.logDir = logDir;
        this.brokerPort = Ports.freePort();
        this.port = Ports.freePort();
        this.link = new BrokerLink(port, brokerPort);
        this.topics = topics;
    }

    static synchronized TestBroker start(Map<String, Integer> topics) {
        if (current == null) {
            try {
                current = new TestBroker(Files.createTempDirectory("liaison-support-kafka-"), Map.copyOf(topics));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        current.up();
        return current;
    }

    /** The broker of the running test application. */
    public static synchronized TestBroker current() {
        if (current == null) {
            throw new IllegalStateException("no test broker: the test does not run with MessagingTestResource");
        }
        return current;
    }

    static synchronized void shutDown() {
        if (current != null) {
            current.down();
            current.link.close();
            FileTrees.deleteQuietly(current.logDir);
            current = null;
        }
    }

    public synchronized String bootstrapServers() {
        return EmbeddedKafkaBroker.HOST + ":" + port;
    }

    /** Starts the broker unless it runs. */
    public synchronized void up() {
        if (broker == null) {
            broker = EmbeddedKafkaBroker.builder().logDir(logDir).port(brokerPort).topics(topics)
                    .brokerProperties(Map.of("advertised.listeners",
                            "PLAINTEXT://" + EmbeddedKafkaBroker.HOST + ":" + port))
                    .start();
        }
    }

    /** The broker keeps running, but nothing its clients send reaches it and nothing comes back. */
    public void cutOff() {
        link.cut();
    }

    /** The clients reach the broker again (their connections that were cut are closed: they connect anew). */
    public void reconnect() {
        link.restore();
    }

    /** Stops the broker (a clean shutdown) unless it is stopped. */
    public synchronized void down() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }
}
