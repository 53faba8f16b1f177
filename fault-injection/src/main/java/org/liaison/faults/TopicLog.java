package org.liaison.faults;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.liaison.contracts.CloudEventHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/** What the broker holds: every committed record of a topic from the beginning, and how far each group is behind. */
final class TopicLog {

    private TopicLog() {
    }

    /** Every record of {@code topic} a read_committed consumer sees, from the beginning to the current end. */
    static List<ConsumerRecord<String, String>> readAll(String bootstrap, String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p, Duration.ofSeconds(30)) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end within 60 s");
                }
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            return records;
        }
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    static String eventId(ConsumerRecord<String, String> record) {
        return header(record, CloudEventHeaders.ID);
    }

    /** Per consumer group: records between its committed offsets and the ends of the topics it reads. */
    static Map<String, Long> lag(String bootstrap, Map<String, List<String>> topicsByGroup) {
        return withAdmin(bootstrap, "consumer group offsets", admin -> {
            Map<String, Long> lag = new HashMap<>();
            for (Map.Entry<String, List<String>> group : topicsByGroup.entrySet()) {
                Map<TopicPartition, Long> committed = committedOffsets(admin, group.getKey());
                long behind = 0;
                for (var end : endOffsets(admin, group.getValue()).entrySet()) {
                    behind += end.getValue() - committed.getOrDefault(end.getKey(), 0L);
                }
                lag.put(group.getKey(), behind);
            }
            return lag;
        });
    }

    /** A group's committed offset for each partition of {@code topic} it has committed on. */
    static Map<Integer, Long> committed(String bootstrap, String group, String topic) {
        return withAdmin(bootstrap, "the offsets of " + group, admin -> byPartition(committedOffsets(admin, group), topic));
    }

    /** The end (next offset to be written) of each partition of {@code topic}. */
    static Map<Integer, Long> ends(String bootstrap, String topic) {
        return withAdmin(bootstrap, "the ends of " + topic, admin -> byPartition(endOffsets(admin, List.of(topic)), topic));
    }

    private interface AdminCall<T> {
        T call(Admin admin) throws ExecutionException, InterruptedException, TimeoutException;
    }

    private static <T> T withAdmin(String bootstrap, String what, AdminCall<T> call) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        try (Admin admin = Admin.create(props)) {
            return call.call(admin);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read " + what + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<TopicPartition, Long> committedOffsets(Admin admin, String group)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, Long> offsets = new HashMap<>();
        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS)
                .forEach((partition, at) -> {
                    if (at != null) {
                        offsets.put(partition, at.offset());
                    }
                });
        return offsets;
    }

    private static Map<TopicPartition, Long> endOffsets(Admin admin, List<String> topics)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (String topic : topics) {
            admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic).partitions()
                    .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
        }
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS)
                .forEach((partition, end) -> ends.put(partition, end.offset()));
        return ends;
    }

    private static Map<Integer, Long> byPartition(Map<TopicPartition, Long> offsets, String topic) {
        Map<Integer, Long> byPartition = new HashMap<>();
        offsets.forEach((partition, offset) -> {
            if (partition.topic().equals(topic)) {
                byPartition.put(partition.partition(), offset);
            }
        });
        return byPartition;
    }

    static Map<String, Long> countById(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(TopicLog::eventId).filter(java.util.Objects::nonNull)
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
    }

    /** Waits until {@code topic} holds at least {@code times} records keyed {@code key}. */
    static boolean awaitKey(String bootstrap, String topic, String key, int times, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        do {
            if (readAll(bootstrap, topic).stream().filter(r -> key.equals(r.key())).count() >= times) {
                return true;
            }
            Load.sleep(Duration.ofMillis(100));
        } while (System.nanoTime() < deadline);
        return false;
    }
}
