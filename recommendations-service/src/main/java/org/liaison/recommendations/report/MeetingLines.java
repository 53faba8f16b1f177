package org.liaison.recommendations.report;

import org.liaison.contracts.MeetingState;

import java.util.ArrayList;
import java.util.List;

/**
 * How the report names a meeting for people: its title, date and place, never its id. Arabic first, English where
 * the Arabic is missing.
 */
final class MeetingLines {

    private MeetingLines() {
    }

    /** The place as a line: venue and city; the country code when that is all there is; online when online. */
    static String placeAr(MeetingState.MeetingPlace place) {
        if (place == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        addFirst(parts, place.venueAr(), place.venueEn());
        addFirst(parts, place.cityAr(), place.cityEn());
        if (parts.isEmpty() && place.country() != null) {
            parts.add(place.country());
        }
        if ("online".equals(place.mode())) {
            parts.add("عبر الإنترنت");
        } else if ("hybrid".equals(place.mode())) {
            parts.add("حضورياً وعبر الإنترنت");
        }
        return parts.isEmpty() ? null : String.join("، ", parts);
    }

    /** The meeting in one line of text (the CSV's): title — date — place; a restricted one the word "redacted". */
    static String text(AnnualReport.Meeting meeting) {
        if (meeting.redacted()) {
            return "redacted";
        }
        List<String> parts = new ArrayList<>();
        parts.add(titleAr(meeting));
        if (meeting.date() != null) {
            parts.add(meeting.date().toString());
        }
        String place = placeAr(meeting.place());
        if (place != null) {
            parts.add(place);
        }
        return String.join(" — ", parts);
    }

    /** The title, or what the report says while the meeting directory does not know the meeting yet. */
    static String titleAr(AnnualReport.Meeting meeting) {
        if (meeting.titleAr() != null) {
            return meeting.titleAr();
        }
        return meeting.titleEn() != null ? meeting.titleEn() : "اجتماع لم تصل تفاصيله بعد";
    }

    private static void addFirst(List<String> parts, String arabic, String english) {
        if (arabic != null && !arabic.isBlank()) {
            parts.add(arabic);
        } else if (english != null && !english.isBlank()) {
            parts.add(english);
        }
    }
}
