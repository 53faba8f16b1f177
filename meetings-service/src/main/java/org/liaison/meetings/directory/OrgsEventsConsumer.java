package org.liaison.meetings.directory;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.liaison.support.directory.OrganizationDirectory;

/** Keeps the local organisation directory from orgs.events. */
@ApplicationScoped
public class OrgsEventsConsumer {

    private final OrganizationDirectory directory;

    public OrgsEventsConsumer(OrganizationDirectory directory) {
        this.directory = directory;
    }

    @Incoming("orgs-in")
    @Blocking
    public void onOrganizationEvent(ConsumerRecord<String, String> record) {
        directory.onEvent("meetings.organization-directory", record);
    }
}
