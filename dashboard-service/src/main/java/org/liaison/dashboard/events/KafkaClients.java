package org.liaison.dashboard.events;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.liaison.dashboard.DashboardConfig;
import org.liaison.support.problem.ProblemException;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Makes the dashboard's Kafka consumers. They are assigned partitions (no group rebalancing: every instance
 * reads every partition) and never commit: where a reader is is its {@link Position}, carried by the client.
 * The group id {@code dashboard-<instance-id>} is set anyway so that the instance shows up by name in the
 * broker's tools.
 */
@ApplicationScoped
public class KafkaClients {

    private final String bootstrapServers;
    private final String groupId;
    private final Map<String, Object> connection;
    private final long replayFetchBytes;
    private volatile Admin admin;

    public KafkaClients(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            DashboardConfig config,
                        @Identifier("default-kafka-broker") Map<String, Object> brokerConfig) {
        this.bootstrapServers = bootstrapServers;
        this.groupId = "dashboard-" + config.instanceId().filter(id -> !id.isBlank()).orElseGet(KafkaClients::hostId);
        this.connection = connectionSettings(brokerConfig);
        this.replayFetchBytes = config.replayFetchBytes().asLongValue();
    }

    /**
     * How to reach and authenticate to the broker, as the service's channels do ({@code kafka.security.protocol},
     * {@code kafka.sasl.*}, {@code kafka.ssl.*}): in production the dashboard's own consumers and admin client connect
     * over SASL_SSL as the service's principal too, or the TLS-only listener refuses them.
     */
    static Map<String, Object> connectionSettings(Map<String, Object> brokerConfig) {
        Map<String, Object> settings = new HashMap<>();
        brokerConfig.forEach((key, value) -> {
            boolean connectionKey = key.equals("security.protocol") || key.startsWith("sasl.")
                    || key.startsWith("ssl.");
            if (connectionKey && value != null && !value.toString().isBlank()) {
                settings.put(key, value);
            }
        });
        return settings;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public String groupId() {
        return groupId;
    }

    /**
     * The instance's one Kafka admin client (thread-safe, made on first use): offsets by time for every request that
     * starts {@code from} a time, and consumer lag, without a consumer per request.
     */
    public Admin admin() {
        Admin a = admin;
        if (a == null) {
            synchronized (this) {
                if (admin == null) {
                    Map<String, Object> props = new HashMap<>(connection);
                    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
                    props.put(AdminClientConfig.CLIENT_ID_CONFIG, groupId + "-admin");
                    admin = Admin.create(props);
                }
                a = admin;
            }
        }
        return a;
    }

    void stop(@Observes ShutdownEvent event) {
        Admin a = admin;
        if (a != null) {
            a.close(Duration.ofSeconds(5));
        }
    }

    /**
     * The position of the first records at or after a time, by the broker's timestamps, asked through the shared
     * {@link #admin()} (what {@link #positionAt(KafkaConsumer, List, Instant)} does with a consumer of one's own).
     */
    public Position positionAt(List<TopicPartition> partitions, Instant time) {
        ListOffsetsOptions committed = new ListOffsetsOptions(IsolationLevel.READ_COMMITTED);
        try {
            Map<TopicPartition, OffsetSpec> byTime = new HashMap<>();
            partitions.forEach(tp -> byTime.put(tp, OffsetSpec.forTimestamp(time.toEpochMilli())));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> found =
                    admin().listOffsets(byTime, committed).all().get(15, TimeUnit.SECONDS);
            Map<TopicPartition, Long> next = new HashMap<>();
            Map<TopicPartition, OffsetSpec> atEnd = new HashMap<>();
            for (TopicPartition tp : partitions) {
                ListOffsetsResult.ListOffsetsResultInfo hit = found.get(tp);
                if (hit != null && hit.offset() >= 0) {
                    next.put(tp, hit.offset());
                } else {
                    atEnd.put(tp, OffsetSpec.latest()); // nothing at or after the time: the end
                }
            }
            if (!atEnd.isEmpty()) {
                admin().listOffsets(atEnd, committed).all().get(15, TimeUnit.SECONDS)
                        .forEach((tp, info) -> next.put(tp, info.offset()));
            }
            return Position.of(next);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        } catch (ExecutionException | TimeoutException e) {
            throw unavailable();
        }
    }

    private static ProblemException unavailable() {
        return ProblemException.serviceUnavailable("Kafka did not answer the offsets query", 5);
    }

    /** The purpose of the consumers that read for one stream or one feed page ({@link KafkaReplay}). */
    static final String REPLAY = "replay";

    /** A consumer of text records that reads from where it is told to (never commits). */
    public KafkaConsumer<String, String> consumer(String purpose) {
        return new KafkaConsumer<>(consumerProperties(purpose));
    }

    Map<String, Object> consumerProperties(String purpose) {
        Map<String, Object> props = new HashMap<>(connection);
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG,
                groupId + "-" + purpose + "-" + UUID.randomUUID().toString().substring(0, 8));
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        if (REPLAY.equals(purpose)) {
            // Up to max-replays of these run at once, each holding what its fetches brought: by default up to 50 MiB a
            // fetch (1 MiB from each of the 18 partitions), too much of the heap times 16.
            props.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, (int) Math.min(Integer.MAX_VALUE, replayFetchBytes));
        }
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return props;
    }

    /** Every partition of the three topics (waits for topics that do not exist yet, up to the timeout). */
    public static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, Duration timeout) {
        List<TopicPartition> all = new ArrayList<>();
        for (String topic : Position.TOPICS) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
            if (infos == null || infos.isEmpty()) {
                throw new IllegalStateException("topic " + topic + " has no partitions (does it exist?)");
            }
            infos.forEach(info -> all.add(new TopicPartition(info.topic(), info.partition())));
        }
        return all;
    }

    /** The position of the first records at or after a time: where a replay "from T" starts. */
    public static Position positionAt(KafkaConsumer<?, ?> consumer, List<TopicPartition> partitions, Instant time) {
        Map<TopicPartition, Long> query = new HashMap<>();
        partitions.forEach(tp -> query.put(tp, time.toEpochMilli()));
        var found = consumer.offsetsForTimes(query, Duration.ofSeconds(15));
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(15));
        Map<TopicPartition, Long> next = new HashMap<>();
        for (TopicPartition tp : partitions) {
            var hit = found.get(tp);
            next.put(tp, hit != null ? hit.offset() : end.get(tp));
        }
        return Position.of(next);
    }

    private static String hostId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "host";
        }
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
