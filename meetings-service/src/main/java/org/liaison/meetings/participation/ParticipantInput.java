package org.liaison.meetings.participation;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.liaison.meetings.common.Limits;
import org.liaison.meetings.model.ParticipantEntry;
import org.liaison.meetings.model.ParticipantRole;

import java.util.UUID;

import static org.liaison.support.text.Texts.blankToNull;

/**
 * One entry of who took part, as a request gives it: an organisation, a person, or both (a person speaking for
 * an organisation).
 *
 * @param personId    a person of orgs-service, taken as given (meetings-service has no people directory yet)
 * @param personName  the person as the article names them, so a speaker can be recorded before orgs-service knows them
 * @param onBehalfOfId the organisation the participant spoke for, when not {@code organizationId} itself
 */
public record ParticipantInput(UUID organizationId,
                               UUID personId,
                               @Size(max = Limits.NAME_MAX) String personName,
                               @NotNull ParticipantRole role,
                               UUID onBehalfOfId,
                               @Size(max = Limits.NOTE_MAX) String note) {

    @AssertTrue(message = "needs an organizationId, a personId or a personName")
    public boolean isIdentified() {
        return organizationId != null || personId != null || blankToNull(personName) != null;
    }

    public ParticipantEntry toEntry() {
        return new ParticipantEntry(organizationId, personId, blankToNull(personName), role, onBehalfOfId,
                blankToNull(note));
    }
}
