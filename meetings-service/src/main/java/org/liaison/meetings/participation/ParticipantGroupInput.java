package org.liaison.meetings.participation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.liaison.contracts.MeetingState.ParticipantGroup;
import org.liaison.contracts.OrganizationKind;
import org.liaison.meetings.common.Limits;

import static org.liaison.support.text.Texts.blankToNull;

/**
 * Participants not named one by one: {@code {"count": 150, "description": "ممثلون عن 150 منظمة مدنية سورية",
 * "organizationKind": "civil_society_organization"}}, or a group the source does not count:
 * {@code {"description": "عدد كبير من المبعوثين الدوليين الخاصين"}}.
 */
public record ParticipantGroupInput(@Positive @Max(1_000_000) Integer count,
                                    @Size(max = Limits.SHORT_TEXT_MAX) String description,
                                    OrganizationKind organizationKind) {

    /** A check, not a field: never written out (an intake's proposal is this input as JSON, sent back as it is). */
    @JsonIgnore
    @AssertTrue(message = "needs a count or a description")
    public boolean isDescribed() {
        return count != null || blankToNull(description) != null;
    }

    public ParticipantGroup toGroup() {
        return new ParticipantGroup(count, blankToNull(description),
                organizationKind == null ? null : organizationKind.code());
    }
}
