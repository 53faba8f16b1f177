package org.liaison.meetings.timeline;

import org.liaison.meetings.meeting.MeetingView;
import org.liaison.meetings.meeting.MeetingView.ParticipantView;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One meeting of an organisation's timeline and what the organisation was there: {@code organizer}, and each
 * participant role held by it or on its behalf ({@code speaker}, {@code envoy}, ...), each once. A redacted meeting
 * shows only {@code organizer}, as its participants are hidden.
 */
public record TimelineEntry(List<String> roles, MeetingView meeting) {

    public static final String ORGANIZER = "organizer";

    /** @param organizations the organisation and, when asked, its units */
    static TimelineEntry of(MeetingView meeting, List<UUID> organizations) {
        Set<String> roles = new LinkedHashSet<>();
        if (organizations.contains(meeting.organizerId())) {
            roles.add(ORGANIZER);
        }
        if (meeting.participants() != null) {
            for (ParticipantView p : meeting.participants()) {
                if (organizations.contains(p.organizationId()) || organizations.contains(p.onBehalfOfId())) {
                    roles.add(p.role().code());
                }
            }
        }
        return new TimelineEntry(List.copyOf(roles), meeting);
    }
}
