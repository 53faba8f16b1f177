package org.liaison.meetings.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.liaison.contracts.PartialDate;

import java.util.UUID;

import static org.liaison.support.text.Texts.NOT_BLANK;

/** Request bodies of the meeting API. */
public final class MeetingRequests {

    public static final int TITLE_MAX = 500;

    private MeetingRequests() {
    }

    /**
     * @param id   optional, chosen by the client so that recording the same meeting twice is recognised
     * @param date       as precise as the source allows: {@code 2024}, {@code 2024-06} or {@code 2024-06-10}
     * @param restricted details only for the offices taking part (default false)
     */
    public record Schedule(UUID id,
                           @NotNull MeetingKind kind,
                           @NotBlank @Size(max = TITLE_MAX) String titleAr,
                           @Size(max = TITLE_MAX) String titleEn,
                           PartialDate date,
                           @NotNull UUID organizerId,
                           Boolean restricted) {
    }

    /** A partial update: absent fields stay as they are; a present Arabic title must not be blank. */
    public record Update(MeetingKind kind,
                         @Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = TITLE_MAX) String titleAr,
                         @Size(max = TITLE_MAX) String titleEn,
                         PartialDate date,
                         UUID organizerId,
                         Boolean restricted) {
    }
}
