package org.liaison.meetings.meeting;

import org.liaison.contracts.OrganizationState;
import org.liaison.contracts.PartialDate;

import java.time.Instant;
import java.util.UUID;

/**
 * A meeting as the API shows it, with its organiser's current names from the directory (so a rename in
 * orgs-service shows here as soon as its event arrives). A restricted meeting shown to an office not taking
 * part is {@code redacted}: it took place, its date, kind and organiser, nothing more.
 */
public record MeetingView(UUID id, long version, MeetingKind kind, String titleAr, String titleEn, PartialDate date,
                          UUID organizerId, OrganizationRef organizer, boolean restricted, boolean redacted,
                          Instant createdAt, Instant updatedAt) {

    /** The organisation's names as the directory knows them; null names if it was never received. */
    public record OrganizationRef(UUID id, String nameAr, String nameEn) {
        static OrganizationRef of(UUID id, OrganizationState state) {
            return state == null ? new OrganizationRef(id, null, null) : new OrganizationRef(id, state.nameAr(), state.nameEn());
        }
    }

    static MeetingView of(Meeting m, OrganizationState organizer, boolean showDetails) {
        return new MeetingView(m.id, m.version, m.kind, showDetails ? m.titleAr : null, showDetails ? m.titleEn : null,
                m.date(), m.organizerId, OrganizationRef.of(m.organizerId, organizer), m.restricted, !showDetails,
                m.createdAt, m.updatedAt);
    }
}
