package org.liaison.recommendations.directory;

import org.liaison.contracts.MeetingState;
import org.liaison.contracts.OrganizationState;
import org.liaison.contracts.PartialDate;

import java.util.UUID;

/**
 * A meeting as this service knows it, with its organiser's names (null until the organisation arrives). A
 * restricted meeting shown to an office not taking part is {@code redacted}: date, kind and organiser only (no
 * title, no place).
 */
public record DirectoryMeetingView(UUID id, long version, String kind, String titleAr, String titleEn, PartialDate date,
                                   MeetingState.MeetingPlace place, UUID organizerId, Organizer organizer,
                                   boolean restricted, boolean redacted) {

    public record Organizer(UUID id, String nameAr, String nameEn) {
    }

    static DirectoryMeetingView of(MeetingState m, OrganizationState organizer, boolean showDetails) {
        return new DirectoryMeetingView(m.id(), m.version(), m.kind(), showDetails ? m.titleAr() : null,
                showDetails ? m.titleEn() : null, m.date(), showDetails ? m.place() : null, m.organizerId(),
                new Organizer(m.organizerId(), organizer == null ? null : organizer.nameAr(),
                        organizer == null ? null : organizer.nameEn()), m.restricted(), !showDetails);
    }
}
