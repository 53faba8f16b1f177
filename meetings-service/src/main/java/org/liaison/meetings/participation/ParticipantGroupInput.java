package org.liaison.meetings.participation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.liaison.contracts.MeetingState.ParticipantCount;
import org.liaison.meetings.common.Limits;

import static org.liaison.support.text.Texts.blankToNull;

/** Participants not named one by one: {@code {"count": 150, "description": "ممثلون عن 150 منظمة مدنية سورية"}}. */
public record ParticipantCountInput(@NotNull @Positive @Max(1_000_000) Integer count,
                                    @Size(max = Limits.SHORT_TEXT_MAX) String description) {

    public ParticipantCount toCount() {
        return new ParticipantCount(count, blankToNull(description));
    }
}
