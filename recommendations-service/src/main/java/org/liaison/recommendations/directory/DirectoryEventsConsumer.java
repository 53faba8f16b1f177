package org.liaison.recommendations.directory;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.liaison.support.directory.InstrumentDirectory;
import org.liaison.support.directory.OrganizationDirectory;
import org.liaison.support.directory.OrganizationDirectoryReadModel;
import org.liaison.support.inbox.IdempotentConsumer;
import org.liaison.support.readmodel.ReadModel;

import java.util.concurrent.CompletionStage;

/**
 * Keeps the local directories of organisations and meetings, and the copy of the instrument catalogue, from the owning
 * services' topics.
 */
@ApplicationScoped
public class DirectoryEventsConsumer {

    private static final String ORGS_CHANNEL = "orgs-in";
    private static final String MEETINGS_CHANNEL = "meetings-in";

    private final IdempotentConsumer consumer;
    private final OrganizationDirectory organizations;
    private final MeetingDirectory meetings;
    private final InstrumentDirectory instruments;

    public DirectoryEventsConsumer(IdempotentConsumer consumer, OrganizationDirectory organizations,
                                   MeetingDirectory meetings, InstrumentDirectory instruments) {
        this.consumer = consumer;
        this.organizations = organizations;
        this.meetings = meetings;
        this.instruments = instruments;
    }

    @Incoming(ORGS_CHANNEL)
    @Blocking
    public CompletionStage<Void> onOrganizationEvents(KafkaRecordBatch<String, String> batch) {
        return consumer.consume("recommendations.organization-directory", batch, event -> {
            organizations.onEvent(event);
            instruments.onEvent(event);
        });
    }

    @Incoming(MEETINGS_CHANNEL)
    @Blocking
    public CompletionStage<Void> onMeetingEvents(KafkaRecordBatch<String, String> batch) {
        return consumer.consume("recommendations.meeting-directory", batch, meetings::onEvent);
    }

    @Produces
    @Singleton
    ReadModel organizationDirectoryReadModel() {
        return new OrganizationDirectoryReadModel(organizations, ORGS_CHANNEL);
    }

    @Produces
    @Singleton
    ReadModel meetingDirectoryReadModel() {
        return new MeetingDirectoryReadModel(meetings, MEETINGS_CHANNEL);
    }
}
