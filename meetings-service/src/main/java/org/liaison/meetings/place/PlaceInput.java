package org.liaison.meetings.place;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.liaison.contracts.MeetingState.MeetingPlace;
import org.liaison.meetings.common.Limits;
import org.liaison.meetings.model.MeetingMode;

import static org.liaison.support.text.Texts.blankToNull;

/**
 * Where a meeting takes place, as a request gives it: «قامشلو» / Qamishli, SY; «معهد العالم العربي», Paris, FR.
 *
 * @param country ISO 3166-1 alpha-2 (checked against the list of countries by {@code MeetingFields})
 */
public record PlaceInput(@Size(max = Limits.NAME_MAX) String cityAr,
                         @Size(max = Limits.NAME_MAX) String cityEn,
                         @Pattern(regexp = "^[A-Z]{2}$",
                                 message = "must be an ISO 3166-1 alpha-2 code such as SY") String country,
                         @Size(max = Limits.NAME_MAX) String venueAr,
                         @Size(max = Limits.NAME_MAX) String venueEn,
                         MeetingMode mode) {

    /** The place to keep, or null when the request names nothing. */
    public MeetingPlace toPlace() {
        MeetingPlace place = new MeetingPlace(blankToNull(cityAr), blankToNull(cityEn), country, blankToNull(venueAr),
                blankToNull(venueEn), mode == null ? null : mode.code());
        return place.equals(new MeetingPlace(null, null, null, null, null, null)) ? null : place;
    }
}
