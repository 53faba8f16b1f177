package org.liaison.faults;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.liaison.contracts.Topics;
import org.liaison.infra.LiaisonTopology;

import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * F4: the same events again, three ways: two relays on one outbox while writes go on (they must take turns); a
 * consumer group reset to the earliest offset (meetings-service reads everything again); and 1,000 records of
 * orgs.events republished with their ids. The read models must not change: their digest after equals before.
 */
final class Duplicates extends Fault {

    static final int REPUBLISHED = 1000;

    Duplicates() {
        super("F4",
                "two relays on one outbox; meetings-service's group reset to earliest; 1,000 events republished with "
                + "their ids");
    }

    @Override
    void inject(FaultRun run) throws Exception {
        twoRelays(run);
        if (run.oracle.awaitRecovery(Duration.ofSeconds(60)) == null) {
            run.problem("the system did not settle after the writes with two relays");
            return;
        }
        String before = run.oracle.readModels.digest();
        resetGroupToEarliest(run);
        republish(run);
        if (run.oracle.awaitRecovery(Duration.ofSeconds(60)) == null) {
            run.problem("the consumers did not catch up with the redelivered events within 60 s");
            return;
        }
        String after = run.oracle.readModels.digest();
        run.expect(before.equals(after), "the read models changed when events were delivered again (digest "
                + before.substring(0, 12) + " before, " + after.substring(0, 12) + " after)");
    }

    /** A second orgs-service instance, relay enabled, while 20 writes/s go through both: no event is sent twice. */
    private static void twoRelays(FaultRun run) {
        long duplicatesBefore = duplicateIds(run);
        run.cluster.startInstance(LiaisonTopology.ORGS, 2);
        try (Load load = run.load(20)) {
            Load.sleep(Duration.ofSeconds(8));
        } finally {
            run.cluster.remove(LiaisonTopology.ORGS.name() + "#2");
        }
        long duplicatesAfter = duplicateIds(run);
        run.expect(duplicatesAfter == duplicatesBefore, "two relays published " + (duplicatesAfter - duplicatesBefore)
                + " events twice: they did not take turns");
    }

    private static long duplicateIds(FaultRun run) {
        return TopicLog.countById(TopicLog.readAll(run.cluster.bootstrapServers(), Topics.ORGS)).values().stream()
                .filter(n -> n > 1).count();
    }

    /** Stops meetings-service, moves its group back to offset 0 on every partition, starts it again. */
    private static void resetGroupToEarliest(FaultRun run) throws Exception {
        run.cluster.instance(LiaisonTopology.MEETINGS).terminate();
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, run.cluster.bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            String group = LiaisonTopology.MEETINGS.consumerGroups().get(0).groupId();
            Map<TopicPartition, OffsetAndMetadata> earliest = new HashMap<>();
            admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS)
                    .keySet().forEach(partition -> earliest.put(partition, new OffsetAndMetadata(0)));
            // The member that was just stopped may still be leaving the group: retry until the group is empty.
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (true) {
                try {
                    admin.alterConsumerGroupOffsets(group, earliest).all().get(10, TimeUnit.SECONDS);
                    break;
                } catch (ExecutionException e) {
                    if (System.nanoTime() > deadline) {
                        throw e;
                    }
                    Load.sleep(Duration.ofMillis(500));
                }
            }
            run.note("meetings-service's group moved back to offset 0 on " + earliest.size() + " partitions");
        }
        run.cluster.restart(LiaisonTopology.MEETINGS.name());
    }

    /**
     * Sends 1,000 records of orgs.events again, headers, key and value unchanged (the first ones, cycled if fewer).
     * Only events of orgs-service's outbox: poison another fault put on the topic would only be dead-lettered again.
     */
    private static void republish(FaultRun run) throws SQLException {
        Set<String> outbox = run.oracle.outboxIds(LiaisonTopology.ORGS);
        List<ConsumerRecord<String, String>> published = TopicLog.readAll(run.cluster.bootstrapServers(), Topics.ORGS)
                .stream().filter(r -> outbox.contains(TopicLog.eventId(r))).toList();
        if (published.isEmpty()) {
            run.problem("orgs.events is empty: nothing to republish");
            return;
        }
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, run.cluster.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            for (int i = 0; i < REPUBLISHED; i++) {
                ConsumerRecord<String, String> record = published.get(i % published.size());
                producer.send(new ProducerRecord<>(record.topic(), null, record.key(), record.value(),
                        record.headers()));
            }
            producer.flush();
        }
        run.note(REPUBLISHED + " records republished from " + published.size() + " on orgs.events");
    }
}
