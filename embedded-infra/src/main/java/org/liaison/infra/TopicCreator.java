package org.liaison.infra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

/** Creates Kafka topics that are missing, on the embedded broker or an external cluster. */
public final class TopicCreator {

    private static final Logger LOG = Logger.getLogger(TopicCreator.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private TopicCreator() {
    }

    /** Ensures every topic of {@link LiaisonTopics#all()}. */
    public static void ensureLiaisonTopics(String bootstrapServers) {
        ensure(bootstrapServers, LiaisonTopics.all());
    }

    /**
     * Creates each topic of {@code topicPartitions} (name → partition count) that does not exist,
     * with the cluster's default replication factor, then waits until every partition of those topics
     * has a leader. Existing topics are left as they are (their partition count is not changed).
     */
    public static void ensure(String bootstrapServers, Map<String, Integer> topicPartitions) {
        if (topicPartitions.isEmpty()) {
            return;
        }
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "liaison-topics");
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "15000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, String.valueOf(TIMEOUT.toMillis()));
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            List<NewTopic> missing = new ArrayList<>();
            topicPartitions.forEach((name, partitions) -> {
                if (!existing.contains(name)) {
                    missing.add(new NewTopic(name, Optional.of(partitions), Optional.empty()));
                }
            });
            if (!missing.isEmpty()) {
                admin.createTopics(missing).values().forEach((name, future) -> {
                    try {
                        future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                        LOG.info("Created topic " + name + " (" + topicPartitions.get(name) + " partitions)");
                    } catch (ExecutionException e) {
                        if (!(e.getCause() instanceof TopicExistsException)) {
                            throw new IllegalStateException("Could not create topic " + name, e.getCause());
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException("Could not create topic " + name, e);
                    }
                });
            }
            awaitLeaders(admin, topicPartitions.keySet());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        } catch (Exception e) {
            if (e instanceof IllegalStateException) {
                throw (IllegalStateException) e;
            }
            throw new IllegalStateException("Could not ensure topics " + topicPartitions.keySet() + " on "
                    + bootstrapServers, e);
        }
    }

    private static void awaitLeaders(Admin admin, Set<String> names) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            try {
                Map<String, TopicDescription> descriptions = admin.describeTopics(names).allTopicNames()
                        .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                boolean ready = descriptions.size() == names.size() && descriptions.values().stream()
                        .flatMap(d -> d.partitions().stream())
                        .map(TopicPartitionInfo::leader)
                        .allMatch(leader -> leader != null && !leader.isEmpty());
                if (ready) {
                    return;
                }
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw new IllegalStateException("Could not describe topics " + names, e.getCause());
                }
            } catch (TimeoutException e) {
                // retried below until the deadline
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Topics " + names + " have no leader after " + TIMEOUT);
            }
            Thread.sleep(100);
        }
    }
}
