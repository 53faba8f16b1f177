package org.liaison.meetings.recommendation;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the local recommendation directory from recommendations.events. */
@ApplicationScoped
public class RecommendationsEventsConsumer {

    private final RecommendationDirectory directory;

    public RecommendationsEventsConsumer(RecommendationDirectory directory) {
        this.directory = directory;
    }

    @Incoming("recommendations-in")
    @Blocking
    public void onRecommendationEvent(ConsumerRecord<String, String> record) {
        directory.onEvent("meetings.recommendation-directory", record);
    }
}
