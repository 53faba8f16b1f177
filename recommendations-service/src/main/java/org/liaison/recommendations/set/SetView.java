package org.liaison.recommendations.set;

import org.liaison.contracts.MeetingState;
import org.liaison.contracts.PartialDate;
import org.liaison.contracts.Source;
import org.liaison.recommendations.common.OrganizationRef;
import org.liaison.recommendations.model.RecommendationStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A recommendation set as the API shows it, with its recommendations in number order. {@code
 * adoptingMeetingCancelled} flags a set whose adopting meeting meetings-service now reports as cancelled.
 */
public record SetView(UUID id, long version, OrganizationRef issuingOrganization, int year,
                      AdoptingMeeting adoptingMeeting, boolean adoptingMeetingCancelled, PartialDate adoptedOn,
                      String titleAr, String titleEn, List<Source> sources, List<Item> recommendations,
                      Instant createdAt, Instant updatedAt) {

    /**
     * The adopting meeting as the meeting directory has it (null fields until it arrives); a restricted meeting
     * shown to an office not taking part has no title ({@code redacted}).
     */
    public record AdoptingMeeting(UUID id, String titleAr, String titleEn, PartialDate date, String status,
                                  boolean redacted) {

        static AdoptingMeeting of(UUID id, MeetingState meeting, boolean showDetails) {
            if (meeting == null) {
                return new AdoptingMeeting(id, null, null, null, null, false);
            }
            return new AdoptingMeeting(id, showDetails ? meeting.titleAr() : null,
                    showDetails ? meeting.titleEn() : null, meeting.date(), meeting.status(), !showDetails);
        }
    }

    /** A recommendation of the set, in short; {@code GET /recommendations/{id}} has the rest. */
    public record Item(UUID id, int number, String numberAsWritten, String textAr, String textEn,
                       List<String> themes, RecommendationStatus status) {
    }
}
