package org.liaison.support.readmodel;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Reads every partition of a topic from its first record kept, without a consumer group (it commits nothing and
 * moves no live consumer), up to the end offsets asked for.
 */
final class TopicReplay implements AutoCloseable {

    /** What is done with each batch of records read; may throw to stop the replay. */
    interface BatchSink {
        void accept(List<ConsumerRecord<String, String>> records) throws Exception;
    }

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration METADATA = Duration.ofSeconds(30);

    private final KafkaConsumer<String, String> consumer;
    private final List<TopicPartition> partitions;
    private final boolean complete;

    /** @param clientProperties the service's {@code kafka.*} settings (security included), without the prefix */
    TopicReplay(Map<String, String> clientProperties, String topic, String clientId, int batchRecords) {
        Properties properties = new Properties();
        properties.putAll(clientProperties);
        properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, String.valueOf(batchRecords));
        // A replay reads a backlog, so a fetch has data at once; at the end, a fetch waiting for more (500 ms by
        // default) held up the next end-offsets request on the same connection, while the live table was locked.
        properties.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "10");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        this.consumer = new KafkaConsumer<>(properties);
        try {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, METADATA);
            if (infos == null || infos.isEmpty()) {
                throw new IllegalStateException("topic " + topic + " does not exist");
            }
            this.partitions = infos.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions, METADATA);
            this.complete = beginnings.values().stream().allMatch(offset -> offset == 0L);
            consumer.seekToBeginning(partitions);
        } catch (RuntimeException e) {
            consumer.close();
            throw e;
        }
    }

    /** Whether every partition still starts at offset 0: retention has removed nothing. */
    boolean complete() {
        return complete;
    }

    /** Each partition's end offset now: where a replay that must include everything written so far stops. */
    Map<TopicPartition, Long> ends() {
        return consumer.endOffsets(partitions, METADATA);
    }

    /**
     * Reads on from where the last call stopped until every partition's position has reached {@code ends}, and not
     * past it: a partition that gets there is paused (and set back to its end if a poll fetched beyond it), so that a
     * later call with later ends goes on from exactly there.
     */
    void readTo(Map<TopicPartition, Long> ends, BatchSink sink) throws Exception {
        consumer.resume(partitions);
        Set<TopicPartition> open = new HashSet<>(partitions);
        pauseFinished(open, ends);
        while (!open.isEmpty()) {
            ConsumerRecords<String, String> polled = consumer.poll(POLL);
            List<ConsumerRecord<String, String>> batch = new ArrayList<>(polled.count());
            for (TopicPartition partition : polled.partitions()) {
                long end = ends.get(partition);
                for (ConsumerRecord<String, String> record : polled.records(partition)) {
                    if (record.offset() < end) {
                        batch.add(record);
                    } else {
                        consumer.seek(partition, end);
                        break;
                    }
                }
            }
            if (!batch.isEmpty()) {
                sink.accept(batch);
            }
            pauseFinished(open, ends);
        }
    }

    // Positions, not the last offset read: transaction markers and compacted gaps have no record.
    private void pauseFinished(Set<TopicPartition> open, Map<TopicPartition, Long> ends) {
        for (Iterator<TopicPartition> i = open.iterator(); i.hasNext(); ) {
            TopicPartition partition = i.next();
            if (consumer.position(partition, METADATA) >= ends.get(partition)) {
                consumer.pause(List.of(partition));
                i.remove();
            }
        }
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
