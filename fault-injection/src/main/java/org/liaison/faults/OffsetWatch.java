package org.liaison.faults;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.liaison.infra.LiaisonTopology;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Samples every service consumer group's committed offsets while a fault runs and notes any that went back: after
 * a rebalance or a restart, a group that commits an older offset would apply events again, or skip them.
 */
final class OffsetWatch implements AutoCloseable {

    private final Admin admin;
    private final Thread sampler;
    private final Map<String, Long> highest = new HashMap<>();
    private final List<String> regressions = new ArrayList<>();
    private volatile boolean running = true;

    OffsetWatch(Cluster cluster) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "3000");
        this.admin = Admin.create(props);
        this.sampler = new Thread(this::sample, "offset-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        List<String> groups = LiaisonTopology.SERVICES.stream().flatMap(s -> s.consumerGroups().stream())
                .map(LiaisonTopology.ConsumerGroup::groupId).distinct().toList();
        while (running) {
            for (String group : groups) {
                try {
                    admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS)
                            .forEach((partition, offset) -> {
                                if (offset == null) {
                                    return;
                                }
                                String key = group + " " + partition;
                                Long before = highest.put(key, offset.offset());
                                if (before != null && offset.offset() < before) {
                                    highest.put(key, before);
                                    synchronized (regressions) {
                                        regressions.add(key + " committed offset went from " + before + " back to " + offset.offset());
                                    }
                                }
                            });
                } catch (Exception e) {
                    // the broker may be down on purpose; sample again later
                }
            }
            Load.sleep(Duration.ofMillis(500));
        }
    }

    /** Stops sampling; returns the regressions seen. */
    List<String> stop() {
        running = false;
        try {
            sampler.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        admin.close(Duration.ofSeconds(5));
        synchronized (regressions) {
            return List.copyOf(regressions);
        }
    }

    @Override
    public void close() {
        if (running) {
            stop();
        }
    }
}
