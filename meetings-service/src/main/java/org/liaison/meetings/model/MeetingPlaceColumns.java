package org.liaison.meetings.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import org.liaison.contracts.MeetingState.MeetingPlace;
import org.liaison.support.persistence.EnumCodeColumn;

/** A meeting's place in plain columns, so that part 2 can filter by city and country. */
@Embeddable
public class MeetingPlaceColumns {

    @Column(name = "city_ar")
    public String cityAr;

    @Column(name = "city_en")
    public String cityEn;

    /** ISO 3166-1 alpha-2. */
    public String country;

    @Column(name = "venue_ar")
    public String venueAr;

    @Column(name = "venue_en")
    public String venueEn;

    @Convert(converter = ModeColumn.class)
    public MeetingMode mode;

    /** The place, or null when nothing is known of it. */
    public MeetingPlace toPlace() {
        if (cityAr == null && cityEn == null && country == null && venueAr == null && venueEn == null && mode == null) {
            return null;
        }
        return new MeetingPlace(cityAr, cityEn, country, venueAr, venueEn, mode == null ? null : mode.code());
    }

    public void set(MeetingPlace place) {
        cityAr = place == null ? null : place.cityAr();
        cityEn = place == null ? null : place.cityEn();
        country = place == null ? null : place.country();
        venueAr = place == null ? null : place.venueAr();
        venueEn = place == null ? null : place.venueEn();
        mode = place == null || place.mode() == null ? null : MeetingMode.fromCode(place.mode());
    }

    @Converter
    static class ModeColumn extends EnumCodeColumn<MeetingMode> {
        ModeColumn() {
            super(MeetingMode.class);
        }
    }
}
