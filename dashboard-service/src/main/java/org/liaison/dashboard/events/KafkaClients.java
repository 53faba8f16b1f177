package org.liaison.dashboard.events;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.liaison.dashboard.DashboardConfig;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

    public KafkaClients(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, DashboardConfig config) {
        this.bootstrapServers = bootstrapServers;
        this.groupId = "dashboard-" + config.instanceId().filter(id -> !id.isBlank()).orElseGet(KafkaClients::hostId);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public String groupId() {
        return groupId;
    }

    /** A consumer of text records that reads from where it is told to (never commits). */
    public KafkaConsumer<String, String> consumer(String purpose) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, groupId + "-" + purpose + "-" + UUID.randomUUID().toString().substring(0, 8));
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return new KafkaConsumer<>(props);
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
