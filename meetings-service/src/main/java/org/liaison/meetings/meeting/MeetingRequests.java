package org.liaison.meetings.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.liaison.contracts.PartialDate;
import org.liaison.meetings.model.MeetingKind;
import org.liaison.meetings.model.MeetingStatus;
import org.liaison.meetings.participation.ParticipantGroupInput;
import org.liaison.meetings.participation.ParticipantInput;
import org.liaison.meetings.place.PlaceInput;
import org.liaison.support.input.SourceInput;

import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import static org.liaison.meetings.common.Limits.AGENDA_MAX;
import static org.liaison.meetings.common.Limits.ITEM_MAX;
import static org.liaison.meetings.common.Limits.LIST_MAX;
import static org.liaison.meetings.common.Limits.PARTICIPANTS_MAX;
import static org.liaison.meetings.common.Limits.SHORT_TEXT_MAX;
import static org.liaison.meetings.common.Limits.SUMMARY_MAX;
import static org.liaison.meetings.common.Limits.TITLE_MAX;
import static org.liaison.support.text.Texts.NOT_BLANK;

/** Request bodies of the meeting API. */
public final class MeetingRequests {

    private MeetingRequests() {
    }

    /**
     * A whole meeting: the body of POST, and of PUT, which replaces every field (absent ones are cleared).
     *
     * @param id                optional on POST, chosen by the client so that recording the same meeting twice is
     *                          recognised
     * @param status            on POST, planned (default) or how it already stands, e.g. held for a meeting reported
     *                          after the fact; later only {@code POST /meetings/{id}/status} changes it
     * @param date              as precise as the source allows: {@code 2024}, {@code 2024-06} or {@code 2024-06-10};
     *                          wins over a date read from {@code dateAsWritten}
     * @param dateAsWritten     the date as the source words it («أمس السبت»); read against the publication date
     * @param sourcePublishedOn the publication date of the article {@code dateAsWritten} comes from (default: the
     *                          first source's {@code publishedOn})
     * @param timeZone          an IANA zone for the times, e.g. Asia/Damascus
     * @param instruments       the instruments referred to, as free text («القرار ٢٢٥٤», "UNSC 2118", «بيان جنيف»)
     * @param advances          ids of recommendations (recommendations-service) this meeting advances
     * @param restricted        details only for the offices taking part (default false on POST; required on PUT)
     */
    public record Schedule(UUID id,
                           @NotNull MeetingKind kind,
                           MeetingStatus status,
                           @NotBlank @Size(max = TITLE_MAX) String titleAr,
                           @Size(max = TITLE_MAX) String titleEn,
                           PartialDate date,
                           @Size(max = SHORT_TEXT_MAX) String dateAsWritten,
                           PartialDate sourcePublishedOn,
                           LocalTime startTime,
                           LocalTime endTime,
                           @Size(max = 64) String timeZone,
                           @Valid PlaceInput place,
                           @NotNull UUID organizerId,
                           @Size(max = PARTICIPANTS_MAX) List<@NotNull @Valid ParticipantInput> participants,
                           @Size(max = LIST_MAX) List<@NotNull @Valid ParticipantGroupInput> unnamedParticipants,
                           @Size(max = AGENDA_MAX) List<@NotNull @Valid AgendaItemInput> agenda,
                           @Size(max = LIST_MAX) List<@NotBlank @Size(max = SHORT_TEXT_MAX) String> topics,
                           @Size(max = SUMMARY_MAX) String summary,
                           @Size(max = AGENDA_MAX) List<@NotBlank @Size(max = ITEM_MAX) String> outcomes,
                           UUID followUpOf,
                           @Size(max = LIST_MAX) List<@NotBlank @Size(max = SHORT_TEXT_MAX) String> instruments,
                           @Size(max = AGENDA_MAX) List<@NotNull UUID> advances,
                           @Size(max = LIST_MAX) List<@NotNull @Valid SourceInput> sources,
                           Boolean restricted) {

        /** The minimal meeting: a kind, a title, a date and an organiser. */
        public static Schedule of(MeetingKind kind, String titleAr, PartialDate date, UUID organizerId) {
            return new Schedule(null, kind, null, titleAr, null, date, null, null, null, null, null, null, organizerId,
                    null, null, null, null, null, null, null, null, null, null, null);
        }
    }

    /**
     * A partial update: absent (or null) fields stay as they are; an empty text or list clears that field (PUT
     * clears the rest). A present Arabic title must not be blank. The status changes only through
     * {@code POST /meetings/{id}/status}. A new {@code dateAsWritten} or {@code sourcePublishedOn} reads the date
     * again, unless the same request gives {@code date}.
     */
    public record Update(MeetingKind kind,
                         @Pattern(regexp = NOT_BLANK,
                                 message = "must not be blank") @Size(max = TITLE_MAX) String titleAr,
                         @Size(max = TITLE_MAX) String titleEn,
                         PartialDate date,
                         @Size(max = SHORT_TEXT_MAX) String dateAsWritten,
                         PartialDate sourcePublishedOn,
                         LocalTime startTime,
                         LocalTime endTime,
                         @Size(max = 64) String timeZone,
                         @Valid PlaceInput place,
                         UUID organizerId,
                         @Size(max = PARTICIPANTS_MAX) List<@NotNull @Valid ParticipantInput> participants,
                         @Size(max = LIST_MAX) List<@NotNull @Valid ParticipantGroupInput> unnamedParticipants,
                         @Size(max = AGENDA_MAX) List<@NotNull @Valid AgendaItemInput> agenda,
                         @Size(max = LIST_MAX) List<@NotBlank @Size(max = SHORT_TEXT_MAX) String> topics,
                         @Size(max = SUMMARY_MAX) String summary,
                         @Size(max = AGENDA_MAX) List<@NotBlank @Size(max = ITEM_MAX) String> outcomes,
                         UUID followUpOf,
                         @Size(max = LIST_MAX) List<@NotBlank @Size(max = SHORT_TEXT_MAX) String> instruments,
                         @Size(max = AGENDA_MAX) List<@NotNull UUID> advances,
                         @Size(max = LIST_MAX) List<@NotNull @Valid SourceInput> sources,
                         Boolean restricted) {
    }
}
