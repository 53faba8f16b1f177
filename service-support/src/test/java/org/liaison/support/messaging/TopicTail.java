package org.liaison.support.messaging;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * Every record a topic receives from the moment this opens, in each partition's order, read as an outside consumer
 * would (no group, nothing committed): what the relay published, how often and in which order.
 */
public final class TopicTail implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> received = new ArrayList<>();

    public TopicTail(String bootstrapServers, String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000"));
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
    }

    /** The records received so far with one of these keys, in the order received (each partition in order). */
    public List<ConsumerRecord<String, String>> withKeys(List<String> keys) {
        return received.stream().filter(record -> keys.contains(record.key())).toList();
    }

    /** Reads until {@code count} records with one of these keys have arrived, or fails the test. */
    public List<ConsumerRecord<String, String>> awaitKeys(List<String> keys, int count, Duration timeout) {
        awaitUntil(() -> withKeys(keys).size() >= count, count + " records with the keys " + keys, timeout);
        return withKeys(keys);
    }

    /** Reads until the first record that matches, or fails the test. */
    public ConsumerRecord<String, String> await(Predicate<ConsumerRecord<String, String>> match, String what,
                                                Duration timeout) {
        awaitUntil(() -> received.stream().anyMatch(match), what, timeout);
        return received.stream().filter(match).findFirst().orElseThrow();
    }

    /** Reads for a while longer, so that what should not arrive has had its chance. */
    public void drain(Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            consumer.poll(Duration.ofMillis(100)).forEach(received::add);
        }
    }

    private void awaitUntil(BooleanSupplier done, String what, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not on the topic within " + timeout + ": " + what);
            }
            consumer.poll(Duration.ofMillis(100)).forEach(received::add);
        }
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
