package org.liaison.dashboard.events;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The dashboard's own Kafka clients connect the way the service's channels do. */
class KafkaClientsTest {

    @Test
    void m6_theDashboardsOwnClientsTakeTheServicesKafkaAuthentication() {
        Map<String, Object> brokerConfig = Map.of(
                "bootstrap.servers", "liaison-kafka-bootstrap:9093",
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"dashboard-service\" password=\"p\";",
                "ssl.truststore.type", "PEM",
                "ssl.truststore.location", "/deployments/kafka-ca/ca.crt",
                "sasl.client.callback.handler.class", "",
                "acks", "all");
        assertEquals(Map.of(
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", brokerConfig.get("sasl.jaas.config"),
                "ssl.truststore.type", "PEM",
                "ssl.truststore.location", "/deployments/kafka-ca/ca.crt"), KafkaClients.connectionSettings(brokerConfig));
    }
}
