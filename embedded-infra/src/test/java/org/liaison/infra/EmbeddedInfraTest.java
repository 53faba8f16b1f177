package org.liaison.infra;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddedInfraTest {

    @Test
    void aServiceRoleOwnsItsDatabaseAndReachesNoOther() throws Exception {
        EmbeddedInfra infra = EmbeddedInfra.shared();
        String database = "role_check_" + UUID.randomUUID().toString().substring(0, 8);
        DatabaseBootstrap.ensureOwnerRole(infra.jdbcBaseUrl(), infra.pgUser(), infra.pgPassword(), database, database,
                "pw-1");
        // Twice is harmless, and the second password is the one that counts.
        DatabaseBootstrap.ensureOwnerRole(infra.jdbcBaseUrl(), infra.pgUser(), infra.pgPassword(), database, database,
                "pw-2");
        try (Connection c = DriverManager.getConnection(infra.jdbcUrl(database), database, "pw-2");
             Statement st = c.createStatement()) {
            // What a service's migrations do: a trusted extension and tables in the public schema.
            st.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
            st.execute("CREATE TABLE t (id int primary key)");
            try (ResultSet rs = st.executeQuery("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) {
                assertTrue(rs.next());
                assertEquals(false, rs.getBoolean(1), "a service role is never a superuser");
            }
        }
        String other = database + "_other";
        DatabaseBootstrap.ensureOwnerRole(infra.jdbcBaseUrl(), infra.pgUser(), infra.pgPassword(), other, other,
                "pw-3");
        SQLException refused = assertThrows(SQLException.class,
                () -> DriverManager.getConnection(infra.jdbcUrl(other), database, "pw-2").close());
        assertEquals("42501", refused.getSQLState(),
                "no CONNECT on another service's database: " + refused.getMessage());
    }

    @Test
    void sharedInfraServesEveryDatabaseAndTheEventTopics() throws Exception {
        EmbeddedInfra infra = EmbeddedInfra.shared();
        assertTrue(infra == EmbeddedInfra.shared(), "shared() is a singleton");

        for (String db : LiaisonDatabases.all()) {
            try (Connection c = DriverManager.getConnection(infra.jdbcUrl(db), infra.pgUser(), infra.pgPassword());
                 Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("SELECT current_database()")) {
                    assertTrue(rs.next());
                    assertEquals(db, rs.getString(1));
                }
            }
        }
        // pg_trgm ships with the zonky binaries
        try (Connection c = DriverManager.getConnection(infra.jdbcUrl(LiaisonDatabases.ORGS), infra.pgUser(),
                infra.pgPassword());
             Statement st = c.createStatement()) {
            st.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
            try (ResultSet rs = st.executeQuery("SELECT similarity('liaison', 'liason') > 0.3")) {
                assertTrue(rs.next());
                assertTrue(rs.getBoolean(1));
            }
        }

        try (var admin = org.apache.kafka.clients.admin.Admin.create(Map.of("bootstrap.servers",
                infra.bootstrapServers()))) {
            var descriptions = admin.describeTopics(LiaisonTopics.all().keySet()).allTopicNames().get();
            LiaisonTopics.all().forEach((topic, partitions) ->
                    assertEquals(partitions, descriptions.get(topic).partitions().size(), topic));
        }

        String key = UUID.randomUUID().toString();
        produce(infra.bootstrapServers(), LiaisonTopics.ORGS_EVENTS, key, "{\"type\":\"OrgCreated\"}");

        Properties cp = consumerProps(infra.bootstrapServers());
        cp.put(ConsumerConfig.GROUP_ID_CONFIG, "embedded-infra-test-" + key);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(cp)) {
            consumer.subscribe(List.of(LiaisonTopics.ORGS_EVENTS));
            List<ConsumerRecord<String, String>> got = pollUntil(consumer, key, Duration.ofSeconds(30));
            assertEquals(1, got.size());
            assertEquals("{\"type\":\"OrgCreated\"}", got.get(0).value());
            consumer.commitSync();
        }
    }

    @Test
    void persistentInstanceKeepsDataAcrossRestarts(@TempDir Path dir) throws Exception {
        String clusterId;
        String key = UUID.randomUUID().toString();
        try (EmbeddedInfra first = EmbeddedInfra.persistent(dir, 0, 0)) {
            try (Connection c = DriverManager.getConnection(first.jdbcUrl(LiaisonDatabases.MEETINGS), first.pgUser(),
                    first.pgPassword());
                 Statement st = c.createStatement()) {
                st.execute("CREATE TABLE kept (id int primary key, note text)");
                st.execute("INSERT INTO kept VALUES (1, 'survives restarts')");
            }
            produce(first.bootstrapServers(), LiaisonTopics.MEETINGS_EVENTS, key, "kept");
            clusterId = clusterId(dir);
        }

        try (EmbeddedInfra second = EmbeddedInfra.persistent(dir, 0, 0)) {
            try (Connection c = DriverManager.getConnection(second.jdbcUrl(LiaisonDatabases.MEETINGS), second.pgUser(),
                    second.pgPassword());
                 Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT note FROM kept WHERE id = 1")) {
                assertTrue(rs.next(), "table created before the restart is still there");
                assertEquals("survives restarts", rs.getString(1));
            }
            assertEquals(clusterId, clusterId(dir), "Kafka log dir was not reformatted");

            Properties cp = consumerProps(second.bootstrapServers());
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(cp)) {
                var partitions = consumer.partitionsFor(LiaisonTopics.MEETINGS_EVENTS).stream()
                        .map(p -> new org.apache.kafka.common.TopicPartition(p.topic(), p.partition())).toList();
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                List<ConsumerRecord<String, String>> got = pollUntil(consumer, key, Duration.ofSeconds(30));
                assertEquals("kept", got.get(0).value(), "record written before the restart is still there");
            }
        }
    }

    private static String clusterId(Path dir) throws Exception {
        Properties meta = new Properties();
        try (var in = Files.newInputStream(dir.resolve("kafka").resolve("meta.properties"))) {
            meta.load(in);
        }
        return meta.getProperty("cluster.id");
    }

    private static void produce(String bootstrap, String topic, String key, String value) throws Exception {
        Properties pp = new Properties();
        pp.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        pp.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        pp.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        pp.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(pp)) {
            RecordMetadata md = producer.send(new ProducerRecord<>(topic, key, value)).get();
            assertTrue(md.offset() >= 0);
        }
    }

    private static Properties consumerProps(String bootstrap) {
        Properties cp = new Properties();
        cp.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        cp.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        cp.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        cp.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        cp.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return cp;
    }

    private static List<ConsumerRecord<String, String>> pollUntil(KafkaConsumer<String, String> consumer, String key,
                                                                  Duration timeout) {
        List<ConsumerRecord<String, String>> matching = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (matching.isEmpty() && System.nanoTime() < deadline) {
            ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(200));
            records.forEach(r -> {
                if (key.equals(r.key())) {
                    matching.add(r);
                }
            });
        }
        assertTrue(!matching.isEmpty(), "record with key " + key + " consumed within " + timeout);
        return matching;
    }
}
