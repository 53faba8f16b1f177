package org.liaison.infra.testing;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.liaison.infra.LiaisonTopology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * How far consumer groups are behind, from the broker's committed offsets and topic ends (the fault suite, the bench).
 */
public final class GroupOffsets {

    private GroupOffsets() {
    }

    /** Every consumer group of the services ({@link LiaisonTopology}) with the topics it reads. */
    public static Map<String, List<String>> liaisonGroups() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (LiaisonTopology.Service service : LiaisonTopology.SERVICES) {
            service.consumerGroups()
                    .forEach(g -> groups.computeIfAbsent(g.groupId(), k -> new ArrayList<>()).addAll(g.topics()));
        }
        groups.replaceAll((group, topics) -> topics.stream().distinct().toList());
        return groups;
    }

    /** Per consumer group: records between its committed offsets and the ends of the topics it reads. */
    public static Map<String, Long> lag(String bootstrap, Map<String, List<String>> topicsByGroup) {
        return withAdmin(bootstrap, "consumer group offsets", admin -> {
            Map<String, Long> lag = new LinkedHashMap<>();
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
    public static Map<Integer, Long> committed(String bootstrap, String group, String topic) {
        return withAdmin(bootstrap, "the offsets of " + group,
                admin -> byPartition(committedOffsets(admin, group), topic));
    }

    /** The end (next offset to be written) of each partition of {@code topic}. */
    public static Map<Integer, Long> ends(String bootstrap, String topic) {
        return withAdmin(bootstrap, "the ends of " + topic,
                admin -> byPartition(endOffsets(admin, List.of(topic)), topic));
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
}
