package org.liaison.support.messaging;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.liaison.infra.EmbeddedInfra;
import org.liaison.infra.LocalKeys;
import org.liaison.infra.testing.TestTokens;

import java.util.List;
import java.util.Map;

/**
 * The test application of service-support's messaging tests runs against a real PostgreSQL (database
 * {@value #DATABASE}) and a real Kafka broker that a test may stop and start again ({@link TestBroker}). Not
 * {@code LiaisonTestResource}: its broker is the JVM-wide one, which no test may stop.
 */
public class MessagingTestResource implements QuarkusTestResourceLifecycleManager {

    static final String DATABASE = "support";

    private EmbeddedInfra postgres;

    @Override
    public Map<String, String> start() {
        postgres = EmbeddedInfra.builder().withKafka(false).databases(List.of(DATABASE)).start();
        TestBroker broker = TestBroker.start(Map.of(TestTopics.EVENTS, TestTopics.EVENTS_PARTITIONS,
                TestTopics.DEAD_LETTERS, 1));
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(DATABASE),
                "quarkus.datasource.username", postgres.pgUser(),
                "quarkus.datasource.password", postgres.pgPassword(),
                "kafka.bootstrap.servers", broker.bootstrapServers(),
                "mp.jwt.verify.publickey.location", TestTokens.keys().publicKeyFile().toUri().toString(),
                "mp.jwt.verify.issuer", LocalKeys.ISSUER);
    }

    @Override
    public void stop() {
        TestBroker.shutDown();
        if (postgres != null) {
            postgres.close();
        }
    }
}
