package org.liaison.support.inbox;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;
import org.liaison.contracts.CloudEventHeaders;

import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

/**
 * The failure strategy of every incoming channel ({@code failure-strategy=liaison-dead-letter-queue}): SmallRye's
 * dead-letter queue, except for a record whose processing was cut short by the service shutting down. That record
 * is neither dead-lettered nor acknowledged, so its offset is not committed and it is applied after the restart.
 * Without this, a SIGTERM during a batch sent valid events to the dead-letter topic (fault F2 found it: the
 * database pool closes while the channel still delivers).
 */
@ApplicationScoped
@Identifier(StoppingAwareDeadLetterQueue.STRATEGY)
public class StoppingAwareDeadLetterQueue implements KafkaFailureHandler.Factory {

    public static final String STRATEGY = "liaison-dead-letter-queue";
    private static final Logger LOG = Logger.getLogger(StoppingAwareDeadLetterQueue.class);

    private final KafkaFailureHandler.Factory deadLetterQueue;

    public StoppingAwareDeadLetterQueue(@Identifier(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE)
                                        KafkaFailureHandler.Factory deadLetterQueue) {
        this.deadLetterQueue = deadLetterQueue;
    }

    private static String header(IncomingKafkaRecord<?, ?> record, String name) {
        Header header = record.getHeaders().lastHeader(name);
        return header == null || header.value() == null ? "-" : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
                                      KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
        KafkaFailureHandler delegate = deadLetterQueue.create(config, vertx, consumer, reportFailure);
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                if (ConsumerStopping.isCause(reason)) {
                    LOG.infof("Stopping: %s-%d offset %d is left for the next run", record.getTopic(),
                            record.getPartition(), record.getOffset());
                    return Uni.createFrom().voidItem();
                }
                // Once, with where it came from, so that an operator alerted by the dead-letter count finds the record
                // and why without reading the dead-letter topic.
                LOG.warnf("Dead-lettering %s-%d offset %d (event %s, %s, key %s) from %s: %s", record.getTopic(),
                        record.getPartition(), record.getOffset(), header(record, CloudEventHeaders.ID),
                        header(record, CloudEventHeaders.TYPE), record.getKey(), config.getChannel(), reason);
                return delegate.handle(record, reason, metadata);
            }

            @Override
            public void terminate() {
                delegate.terminate();
            }
        };
    }
}
