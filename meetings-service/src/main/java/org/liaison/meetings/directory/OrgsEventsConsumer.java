package org.liaison.meetings.directory;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.liaison.support.directory.OrganizationDirectory;
import org.liaison.support.inbox.IdempotentConsumer;

import java.util.concurrent.CompletionStage;

/** Keeps the local organisation directory from orgs.events. */
@ApplicationScoped
public class OrgsEventsConsumer {

    private final IdempotentConsumer consumer;
    private final OrganizationDirectory directory;

    public OrgsEventsConsumer(IdempotentConsumer consumer, OrganizationDirectory directory) {
        this.consumer = consumer;
        this.directory = directory;
    }

    @Incoming("orgs-in")
    @Blocking
    public CompletionStage<Void> onOrganizationEvents(KafkaRecordBatch<String, String> batch) {
        return consumer.consume("meetings.organization-directory", batch, directory::onEvent);
    }
}
