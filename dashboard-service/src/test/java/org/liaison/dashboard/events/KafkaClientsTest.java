package org.liaison.dashboard.events;

import io.quarkus.runtime.configuration.MemorySize;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;
import org.liaison.dashboard.DashboardConfig;

import java.lang.reflect.Proxy;
import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The dashboard's own Kafka clients connect the way the service's channels do. */
class KafkaClientsTest {

    @Test
    void m6_theDashboardsOwnClientsTakeTheServicesKafkaAuthentication() {
        Map<String, Object> brokerConfig = Map.of(
                "bootstrap.servers", "liaison-kafka-bootstrap:9093",
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"dashboard-service\" "
                + "password=\"p\";", "ssl.truststore.type", "PEM",
                "ssl.truststore.location", "/deployments/kafka-ca/ca.crt",
                "sasl.client.callback.handler.class", "",
                "acks", "all");
        assertEquals(Map.of(
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", brokerConfig.get("sasl.jaas.config"),
                "ssl.truststore.type", "PEM",
                "ssl.truststore.location", "/deployments/kafka-ca/ca.crt"),
                KafkaClients.connectionSettings(brokerConfig));
    }

    @Test
    void aReplaysConsumerFetchesAtMostReplayFetchBytesAndTheOthersKeepKafkasDefault() {
        KafkaClients clients = new KafkaClients("127.0.0.1:9092",
                config(new MemorySize(BigInteger.valueOf(3L * 1024 * 1024))), Map.of());
        assertEquals(3 * 1024 * 1024,
                clients.consumerProperties(KafkaClients.REPLAY).get(ConsumerConfig.FETCH_MAX_BYTES_CONFIG));
        assertNull(clients.consumerProperties("live").get(ConsumerConfig.FETCH_MAX_BYTES_CONFIG),
                "the live consumer is one per instance and must keep up: Kafka's default");
    }

    /** The settings with their defaults, but the instance id (none) and the replays' fetch bound. */
    private static DashboardConfig config(MemorySize replayFetchBytes) {
        return (DashboardConfig) Proxy.newProxyInstance(DashboardConfig.class.getClassLoader(),
                new Class<?>[]{DashboardConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "instanceId" -> Optional.of("test");
                    case "replayFetchBytes" -> replayFetchBytes;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
