package org.liaison.meetings.recommendation;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.liaison.support.inbox.IdempotentConsumer;

import java.util.concurrent.CompletionStage;

/** Keeps the local recommendation directory from recommendations.events. */
@ApplicationScoped
public class RecommendationsEventsConsumer {

    private final IdempotentConsumer consumer;
    private final RecommendationDirectory directory;

    public RecommendationsEventsConsumer(IdempotentConsumer consumer, RecommendationDirectory directory) {
        this.consumer = consumer;
        this.directory = directory;
    }

    @Incoming("recommendations-in")
    @Blocking
    public CompletionStage<Void> onRecommendationEvents(KafkaRecordBatch<String, String> batch) {
        return consumer.consume("meetings.recommendation-directory", batch, directory::onEvent);
    }
}
