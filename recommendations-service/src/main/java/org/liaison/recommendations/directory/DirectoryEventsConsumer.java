package org.liaison.recommendations.directory;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.liaison.support.directory.OrganizationDirectory;
import org.liaison.support.inbox.IdempotentConsumer;

import java.util.concurrent.CompletionStage;

/** Keeps the local directories of organisations and meetings from the owning services' topics. */
@ApplicationScoped
public class DirectoryEventsConsumer {

    private final IdempotentConsumer consumer;
    private final OrganizationDirectory organizations;
    private final MeetingDirectory meetings;

    public DirectoryEventsConsumer(IdempotentConsumer consumer, OrganizationDirectory organizations,
                                   MeetingDirectory meetings) {
        this.consumer = consumer;
        this.organizations = organizations;
        this.meetings = meetings;
    }

    @Incoming("orgs-in")
    @Blocking
    public CompletionStage<Void> onOrganizationEvents(KafkaRecordBatch<String, String> batch) {
        return consumer.consume("recommendations.organization-directory", batch, organizations::onEvent);
    }

    @Incoming("meetings-in")
    @Blocking
    public CompletionStage<Void> onMeetingEvents(KafkaRecordBatch<String, String> batch) {
        return consumer.consume("recommendations.meeting-directory", batch, meetings::onEvent);
    }
}
