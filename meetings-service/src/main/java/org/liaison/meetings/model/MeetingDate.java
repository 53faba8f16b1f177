package org.liaison.meetings.model;

import org.liaison.contracts.PartialDate;

import java.util.List;

/**
 * A meeting's date and where it came from.
 *
 * @param date              as precise as known, or null: never a day the source does not give
 * @param asWritten         the source's words («أمس السبت»), kept whether or not a date could be read from them
 * @param sourcePublishedOn the publication date the request named for reading them
 * @param warnings          what reading them noticed, returned and kept with the meeting
 */
public record MeetingDate(PartialDate date, String asWritten, PartialDate sourcePublishedOn, List<String> warnings) {

    public MeetingDate {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public static MeetingDate exactly(PartialDate date) {
        return new MeetingDate(date, null, null, List.of());
    }
}
