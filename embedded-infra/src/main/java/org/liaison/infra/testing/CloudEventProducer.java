package org.liaison.infra.testing;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.liaison.contracts.CloudEventHeaders;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Writes records to a real topic as another service would (or as a broken one would), for tests of
 * consumers: well-formed CloudEvents, redeliveries of the same event id, and malformed records.
 */
public final class CloudEventProducer implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    public CloudEventProducer(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
    }

    /** Sends a CloudEvent in binary mode and waits for the broker's acknowledgement. */
    public void send(String topic, String key, String eventId, String type, String subject, String jsonData) {
        send(topic, key, eventId, type, subject, jsonData, Map.of());
    }

    /**
     * Sends a CloudEvent in binary mode with extension attributes, e.g. {@link CloudEventHeaders#ACTOR_OFFICE} and
     * {@link CloudEventHeaders#ACTOR_ROLE} as the producing service sets them for a request's change.
     */
    public void send(String topic, String key, String eventId, String type, String subject, String jsonData,
                     Map<String, String> extensions) {
        RecordHeaders headers = new RecordHeaders();
        add(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        add(headers, CloudEventHeaders.ID, eventId);
        add(headers, CloudEventHeaders.TYPE, type);
        add(headers, CloudEventHeaders.SOURCE, "/tests");
        add(headers, CloudEventHeaders.SUBJECT, subject);
        add(headers, CloudEventHeaders.TIME, OffsetDateTime.now().toString());
        add(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        extensions.forEach((name, value) -> add(headers, name, value));
        sendRaw(new ProducerRecord<>(topic, null, key, jsonData, headers));
    }

    /** Sends any record, e.g. one without CloudEvents headers or with a body that is not JSON. */
    public void sendRaw(ProducerRecord<String, String> record) {
        try {
            producer.send(record).get(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("broker did not acknowledge the test record", e);
        }
    }

    private static void add(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
