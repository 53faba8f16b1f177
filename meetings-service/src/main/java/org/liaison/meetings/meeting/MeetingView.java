package org.liaison.meetings.meeting;

import org.liaison.contracts.MeetingState.AgendaItem;
import org.liaison.contracts.MeetingState.MeetingPlace;
import org.liaison.contracts.MeetingState.ParticipantGroup;
import org.liaison.contracts.OrganizationState;
import org.liaison.contracts.PartialDate;
import org.liaison.contracts.Source;
import org.liaison.meetings.model.InstrumentRef;
import org.liaison.meetings.model.Meeting;
import org.liaison.meetings.model.MeetingKind;
import org.liaison.meetings.model.MeetingStatus;
import org.liaison.meetings.model.ParticipantEntry;
import org.liaison.meetings.model.ParticipantRole;
import org.liaison.meetings.participation.Attendance;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * A meeting as the API shows it, with the current names of the organisations it names from the directory (so a
 * rename in orgs-service shows here as soon as its event arrives; a dissolved organisation still shows). A
 * restricted meeting shown to an office not taking part is {@code redacted}: that it took place, its status,
 * date, kind and organiser, nothing more; every detail field is null.
 *
 * @param attendance how many took part as far as the record says ({@link Attendance}), derived from the organiser,
 *                   participants and groups
 */
public record MeetingView(UUID id, long version, MeetingKind kind, MeetingStatus status, String titleAr,
                          String titleEn, PartialDate date, String dateAsWritten, PartialDate sourcePublishedOn,
                          List<String> dateWarnings, LocalTime startTime, LocalTime endTime, String timeZone,
                          MeetingPlace place, UUID organizerId, OrganizationRef organizer,
                          List<ParticipantView> participants, List<ParticipantGroup> unnamedParticipants,
                          Attendance attendance, List<AgendaItem> agenda, List<String> topics, String summary,
                          List<String> outcomes,
                          UUID followUpOf, List<InstrumentRef> instruments, List<UUID> advances, List<Source> sources,
                          boolean restricted, boolean redacted, Instant createdAt, Instant updatedAt) {

    /** The organisation's names as the directory knows them; null names if it was never received. */
    public record OrganizationRef(UUID id, String nameAr, String nameEn) {
        static OrganizationRef of(UUID id, OrganizationState state) {
            return state == null ? new OrganizationRef(id, null, null)
                    : new OrganizationRef(id, state.nameAr(), state.nameEn());
        }
    }

    /** A participation entry with its organisations' current names. */
    public record ParticipantView(UUID organizationId, OrganizationRef organization, UUID personId, String personName,
                                  ParticipantRole role, UUID onBehalfOfId, OrganizationRef onBehalfOf, String note) {
        static ParticipantView of(ParticipantEntry e, Function<UUID, OrganizationState> names) {
            return new ParticipantView(e.organizationId(), ref(e.organizationId(), names), e.personId(), e.personName(),
                    e.role(), e.onBehalfOfId(), ref(e.onBehalfOfId(), names), e.note());
        }
    }

    /** @param names the directory's current state of an organisation, or null */
    static MeetingView of(Meeting m, Function<UUID, OrganizationState> names, boolean showDetails) {
        OrganizationRef organizer = ref(m.organizerId, names);
        if (!showDetails) {
            return new MeetingView(m.id, m.version, m.kind, m.status, null, null, m.date(), null, null, null, null,
                    null,
                    null, null, m.organizerId, organizer, null, null, null, null, null, null, null, null, null, null,
                    null, m.restricted, true, m.createdAt, m.updatedAt);
        }
        return new MeetingView(m.id, m.version, m.kind, m.status, m.titleAr, m.titleEn, m.date(), m.dateAsWritten,
                m.sourcePublishedOn, List.copyOf(m.dateWarnings), m.startTime, m.endTime, m.timeZone, m.place(),
                m.organizerId, organizer,
                m.participantEntries().stream().map(e -> ParticipantView.of(e, names)).toList(),
                List.copyOf(m.unnamedParticipants),
                Attendance.of(m.organizerId, m.participantEntries(), m.unnamedParticipants), List.copyOf(m.agenda),
                List.copyOf(m.topics), m.summary,
                List.copyOf(m.outcomes), m.followUpOf, List.copyOf(m.instruments), List.copyOf(m.advances),
                List.copyOf(m.sources), m.restricted, false, m.createdAt, m.updatedAt);
    }

    private static OrganizationRef ref(UUID id, Function<UUID, OrganizationState> names) {
        return id == null ? null : OrganizationRef.of(id, names.apply(id));
    }
}
