package org.liaison.meetings.dating;

import org.liaison.contracts.PartialDate;
import org.liaison.meetings.model.MeetingDate;
import org.liaison.sources.dates.DateReading;
import org.liaison.sources.dates.RelativeDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a meeting's date from the words of its source («اليوم (الاثنين)», «أمس السبت») against the article's
 * publication date, with source-text's {@link RelativeDates}, which never invents a day: without a publication
 * date a relative expression gives no date, only a warning. A date the request gives explicitly wins; the
 * reading then only adds a warning when the two disagree.
 */
public final class MeetingDates {

    private MeetingDates() {
    }

    /**
     * @param explicit            the request's {@code date}, or null
     * @param asWritten           the request's {@code dateAsWritten}, or null
     * @param sourcePublishedOn   the request's {@code sourcePublishedOn}, or null
     * @param fallbackPublishedOn the first dated source's {@code publishedOn}, used when the request names none
     * @param followedDay         the day of the meeting this one follows up, which «في اليوم التالي» counts from, or
     *                            null
     */
    public static MeetingDate read(PartialDate explicit, String asWritten, PartialDate sourcePublishedOn,
                                   PartialDate fallbackPublishedOn, LocalDate followedDay) {
        if (asWritten == null) {
            return new MeetingDate(explicit, null, sourcePublishedOn, List.of());
        }
        PartialDate publishedOn = sourcePublishedOn != null ? sourcePublishedOn : fallbackPublishedOn;
        List<String> warnings = new ArrayList<>();
        if (publishedOn != null && publishedOn.precision() != PartialDate.Precision.DAY) {
            warnings.add("the publication date " + publishedOn
                    + " is not a day, so relative words cannot be counted from it");
        }
        DateReading reading = RelativeDates.read(asWritten, day(publishedOn), followedDay);
        warnings.addAll(reading.warnings());
        PartialDate read = reading.date();
        if (explicit != null && read != null && !explicit.equals(read)) {
            warnings.add("the date given, " + explicit + ", differs from " + read + " read from «" + asWritten + "»");
        }
        return new MeetingDate(explicit != null ? explicit : read, asWritten, sourcePublishedOn, warnings);
    }

    /** The day of a meeting's date, when it has one: what «في اليوم التالي» of a follow-up counts from. */
    public static LocalDate day(PartialDate date) {
        return date != null && date.precision() == PartialDate.Precision.DAY ? date.earliest() : null;
    }
}
