package org.liaison.dashboard.webhook;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.liaison.support.inbox.IdempotentConsumer;

/**
 * Reads the three event topics in ONE consumer group shared by every dashboard instance ({@code
 * dashboard-webhooks}, unlike the live view's group per instance), so that each event is fanned out to the
 * subscriptions once, whichever instance gets its partition.
 */
@ApplicationScoped
public class WebhookEventsConsumer {

    static final String CONSUMER = "dashboard.webhooks";

    private final IdempotentConsumer consumer;
    private final WebhookFanOut fanOut;

    public WebhookEventsConsumer(IdempotentConsumer consumer, WebhookFanOut fanOut) {
        this.consumer = consumer;
        this.fanOut = fanOut;
    }

    @Incoming("webhooks-in")
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        consumer.consume(CONSUMER, record, fanOut::fanOut);
    }
}
