package org.liaison.dashboard.webhook;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.liaison.dashboard.visibility.MeetingVisibility;
import org.liaison.support.inbox.IdempotentConsumer;

import java.time.Duration;
import java.util.concurrent.CompletionStage;

/**
 * Reads the three event topics in ONE consumer group shared by every dashboard instance ({@code
 * dashboard-webhooks}, unlike the live view's group per instance), so that each event is fanned out to the
 * subscriptions once, whichever instance gets its partition.
 */
@ApplicationScoped
public class WebhookEventsConsumer {

    static final String CONSUMER = "dashboard.webhooks";

    private static final Logger LOG = Logger.getLogger(WebhookEventsConsumer.class);

    private final IdempotentConsumer consumer;
    private final WebhookFanOut fanOut;
    private final MeetingVisibility visibility;

    public WebhookEventsConsumer(IdempotentConsumer consumer, WebhookFanOut fanOut, MeetingVisibility visibility) {
        this.consumer = consumer;
        this.fanOut = fanOut;
        this.visibility = visibility;
    }

    @Incoming("webhooks-in")
    @Blocking
    public CompletionStage<Void> onEvents(KafkaRecordBatch<String, String> batch) throws InterruptedException {
        // Redaction follows each meeting's current visibility (M1), which is known only once meetings.events has been
        // read up to where it stood at startup. Wait for it rather than fail: a failure would send the record to the
        // dead-letter topic.
        while (!visibility.awaitReady(Duration.ofSeconds(30))) {
            LOG.info("webhook fan-out waits for every meeting's current visibility to be read from meetings.events");
        }
        return consumer.consume(CONSUMER, batch, fanOut::fanOut);
    }
}
