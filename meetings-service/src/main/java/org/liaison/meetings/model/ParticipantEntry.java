package org.liaison.meetings.model;

import org.liaison.contracts.MeetingState.MeetingParticipant;

import java.util.UUID;

/** One participation entry, cleaned: what a request gives and what a row of {@code meeting_participant} holds. */
public record ParticipantEntry(UUID organizationId, UUID personId, String personName, ParticipantRole role,
                               UUID onBehalfOfId, String note) {

    /** The same entry naming other organisations (the ones merges lead to). */
    public ParticipantEntry withOrganizations(UUID organization, UUID onBehalfOf) {
        return new ParticipantEntry(organization, personId, personName, role, onBehalfOf, note);
    }

    public MeetingParticipant toState() {
        return new MeetingParticipant(organizationId, personId, personName, role.code(), onBehalfOfId, note);
    }
}
