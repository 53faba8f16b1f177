package org.liaison.dashboard.lag;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.liaison.dashboard.DashboardConfig;
import org.liaison.dashboard.events.KafkaClients;
import org.liaison.support.problem.ProblemException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads consumer lag with Kafka's admin API: for each configured group, its committed offsets against the
 * partitions' end offsets. A group that has committed nothing yet shows no topics.
 */
@ApplicationScoped
public class ConsumerLag {

    /** One group's lag: the total and per topic. */
    public record GroupLag(String group, long lag, Map<String, Long> topics) {
    }

    private final DashboardConfig config;
    private final KafkaClients clients;

    public ConsumerLag(DashboardConfig config, KafkaClients clients) {
        this.config = config;
        this.clients = clients;
    }

    /** The groups of {@code liaison.dashboard.lag-groups}, Kafka given 10 s for each query. */
    public List<GroupLag> read() {
        return read(config.lagGroups(), Duration.ofSeconds(10));
    }

    /**
     * @param timeout how long Kafka is given for each of a group's two queries
     * @throws ProblemException 503 when Kafka does not answer in time
     */
    public List<GroupLag> read(List<String> groups, Duration timeout) {
        long millis = timeout.toMillis();
        try {
            List<GroupLag> out = new ArrayList<>();
            for (String group : groups) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin().listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get(millis, TimeUnit.MILLISECONDS);
                Map<TopicPartition, OffsetSpec> query = new HashMap<>();
                committed.keySet().forEach(tp -> query.put(tp, OffsetSpec.latest()));
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end = query.isEmpty() ? Map.of()
                        : admin().listOffsets(query).all().get(millis, TimeUnit.MILLISECONDS);
                Map<String, Long> topics = new TreeMap<>();
                long total = 0;
                for (var entry : committed.entrySet()) {
                    if (entry.getValue() == null || !end.containsKey(entry.getKey())) {
                        continue;
                    }
                    long lag = Math.max(0, end.get(entry.getKey()).offset() - entry.getValue().offset());
                    topics.merge(entry.getKey().topic(), lag, Long::sum);
                    total += lag;
                }
                out.add(new GroupLag(group, total, topics));
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        } catch (ExecutionException | TimeoutException e) {
            throw unavailable();
        }
    }

    private Admin admin() {
        return clients.admin();
    }

    private static ProblemException unavailable() {
        return ProblemException.serviceUnavailable("Kafka did not answer the lag query", 5);
    }
}
