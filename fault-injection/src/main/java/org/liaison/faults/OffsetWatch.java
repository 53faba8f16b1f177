package org.liaison.faults;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.liaison.infra.LiaisonTopology;
import org.liaison.infra.testing.Cluster;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Samples every service consumer group's committed offsets while a fault runs and notes any that went back: after
 * a rebalance or a restart, a group that commits an older offset would apply events again, or skip them.
 */
final class OffsetWatch extends Watch {

    private static final List<String> GROUPS = LiaisonTopology.SERVICES.stream()
            .flatMap(s -> s.consumerGroups().stream())
            .map(LiaisonTopology.ConsumerGroup::groupId).distinct().toList();

    private final Admin admin;
    private final Map<String, Long> highest = new HashMap<>();

    OffsetWatch(Cluster cluster) {
        super("offset-watch", Duration.ofMillis(500));
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "3000");
        this.admin = Admin.create(props);
        start();
    }

    @Override
    void sample() throws Exception {
        for (String group : GROUPS) {
            admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS)
                    .forEach((partition, offset) -> {
                        if (offset == null) {
                            return;
                        }
                        String key = group + " " + partition;
                        Long before = highest.get(key);
                        highest.merge(key, offset.offset(), Math::max);
                        if (before != null && offset.offset() < before) {
                            found(key + " committed offset went from " + before + " back to " + offset.offset());
                        }
                    });
        }
    }

    @Override
    void release() {
        admin.close(Duration.ofSeconds(5));
    }
}
