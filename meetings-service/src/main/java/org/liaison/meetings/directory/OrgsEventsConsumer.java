package org.liaison.meetings.directory;

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
 * Keeps the local organisation directory, the copy of the instrument catalogue and the read of people from
 * orgs.events, and offers the organisation directory and the read of people to be rebuilt from there.
 */
@ApplicationScoped
public class OrgsEventsConsumer {

    private static final String CHANNEL = "orgs-in";

    private final IdempotentConsumer consumer;
    private final OrganizationDirectory directory;
    private final InstrumentDirectory instruments;
    private final PersonDirectory people;

    public OrgsEventsConsumer(IdempotentConsumer consumer, OrganizationDirectory directory,
                              InstrumentDirectory instruments, PersonDirectory people) {
        this.consumer = consumer;
        this.directory = directory;
        this.instruments = instruments;
        this.people = people;
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> onOrganizationEvents(KafkaRecordBatch<String, String> batch) {
        return consumer.consume("meetings.organization-directory", batch, event -> {
            directory.onEvent(event);
            instruments.onEvent(event);
            people.onEvent(event);
        });
    }

    @Produces
    @Singleton
    ReadModel organizationDirectoryReadModel() {
        return new OrganizationDirectoryReadModel(directory, CHANNEL);
    }

    @Produces
    @Singleton
    ReadModel personDirectoryReadModel() {
        return new PersonDirectoryReadModel(CHANNEL);
    }
}
