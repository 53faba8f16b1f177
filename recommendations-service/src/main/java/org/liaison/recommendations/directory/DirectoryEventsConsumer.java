package org.liaison.recommendations.directory;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.liaison.support.directory.OrganizationDirectory;

/** Keeps the local directories of organisations and meetings from the owning services' topics. */
@ApplicationScoped
public class DirectoryEventsConsumer {

    private final OrganizationDirectory organizations;
    private final MeetingDirectory meetings;

    public DirectoryEventsConsumer(OrganizationDirectory organizations, MeetingDirectory meetings) {
        this.organizations = organizations;
        this.meetings = meetings;
    }

    @Incoming("orgs-in")
    @Blocking
    public void onOrganizationEvent(ConsumerRecord<String, String> record) {
        organizations.onEvent("recommendations.organization-directory", record);
    }

    @Incoming("meetings-in")
    @Blocking
    public void onMeetingEvent(ConsumerRecord<String, String> record) {
        meetings.onEvent("recommendations.meeting-directory", record);
    }
}
