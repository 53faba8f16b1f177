package org.liaison.meetings.meeting;

import org.liaison.contracts.MeetingState.AgendaItem;
import org.liaison.contracts.MeetingState.MeetingPlace;
import org.liaison.contracts.MeetingState.ParticipantGroup;
import org.liaison.contracts.PartialDate;
import org.liaison.contracts.Source;
import org.liaison.meetings.dating.MeetingDates;
import org.liaison.meetings.instrument.InstrumentReferences;
import org.liaison.meetings.model.InstrumentRef;
import org.liaison.meetings.model.Meeting;
import org.liaison.meetings.model.MeetingDate;
import org.liaison.meetings.model.MeetingKind;
import org.liaison.meetings.model.ParticipantEntry;
import org.liaison.meetings.participation.ParticipantGroupInput;
import org.liaison.meetings.participation.ParticipantInput;
import org.liaison.sources.instruments.InstrumentCatalogue;
import org.liaison.support.input.SourceInput;
import org.liaison.support.problem.ProblemException;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import static org.liaison.support.input.Inputs.map;
import static org.liaison.support.input.Inputs.texts;
import static org.liaison.support.text.Texts.blankToNull;

/**
 * Every field of a meeting that a client sets, cleaned: what POST and PUT give whole, and what PATCH gives over
 * the current record. One place turns requests into this and this into the entity, so the three writes cannot
 * drift apart. Organisation ids are as given until the service resolves them ({@link #withOrganizations}).
 */
record MeetingFields(MeetingKind kind, String titleAr, String titleEn, MeetingDate date, LocalTime startTime,
                     LocalTime endTime, String timeZone, MeetingPlace place, UUID organizerId,
                     List<ParticipantEntry> participants, List<ParticipantGroup> unnamedParticipants,
                     List<AgendaItem> agenda, List<String> topics, String summary, List<String> outcomes,
                     UUID followUpOf, List<InstrumentRef> instruments, List<UUID> advances, List<Source> sources,
                     boolean restricted) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** @param followedDay the day of the meeting {@code r} follows up, if known: «في اليوم التالي» counts from it */
    static MeetingFields of(MeetingRequests.Schedule r, LocalDate followedDay, InstrumentCatalogue catalogue) {
        List<Source> sources = map(r.sources(), SourceInput::toSource);
        return new MeetingFields(r.kind(), r.titleAr().strip(), blankToNull(r.titleEn()),
                MeetingDates.read(r.date(), blankToNull(r.dateAsWritten()), r.sourcePublishedOn(),
                        firstPublished(sources), followedDay),
                r.startTime(), r.endTime(), blankToNull(r.timeZone()), r.place() == null ? null : r.place().toPlace(),
                r.organizerId(), map(r.participants(), ParticipantInput::toEntry),
                map(r.unnamedParticipants(), ParticipantGroupInput::toGroup), map(r.agenda(), AgendaItemInput::toItem),
                texts(r.topics()),
                blankToNull(r.summary()), texts(r.outcomes()), r.followUpOf(),
                InstrumentReferences.resolve(r.instruments(), catalogue),
                distinct(r.advances()), sources, Boolean.TRUE.equals(r.restricted()));
    }

    static MeetingFields of(Meeting m) {
        return new MeetingFields(m.kind, m.titleAr, m.titleEn,
                new MeetingDate(m.date(), m.dateAsWritten, m.sourcePublishedOn, m.dateWarnings), m.startTime, m.endTime,
                m.timeZone, m.place(), m.organizerId, m.participantEntries(), m.unnamedParticipants, m.agenda, m.topics,
                m.summary, m.outcomes, m.followUpOf, m.instruments, m.advances, m.sources, m.restricted);
    }

    /** These fields with those the update gives. */
    MeetingFields with(MeetingRequests.Update u, LocalDate followedDay, InstrumentCatalogue catalogue) {
        List<Source> newSources = u.sources() == null ? sources : map(u.sources(), SourceInput::toSource);
        return new MeetingFields(
                u.kind() == null ? kind : u.kind(),
                u.titleAr() == null ? titleAr : u.titleAr().strip(),
                u.titleEn() == null ? titleEn : blankToNull(u.titleEn()),
                dateWith(u, newSources, followedDay),
                u.startTime() == null ? startTime : u.startTime(),
                u.endTime() == null ? endTime : u.endTime(),
                u.timeZone() == null ? timeZone : blankToNull(u.timeZone()),
                u.place() == null ? place : u.place().toPlace(),
                u.organizerId() == null ? organizerId : u.organizerId(),
                u.participants() == null ? participants : map(u.participants(), ParticipantInput::toEntry),
                u.unnamedParticipants() == null ? unnamedParticipants
                        : map(u.unnamedParticipants(), ParticipantGroupInput::toGroup),
                u.agenda() == null ? agenda : map(u.agenda(), AgendaItemInput::toItem),
                u.topics() == null ? topics : texts(u.topics()),
                u.summary() == null ? summary : blankToNull(u.summary()),
                u.outcomes() == null ? outcomes : texts(u.outcomes()),
                u.followUpOf() == null ? followUpOf : u.followUpOf(),
                u.instruments() == null ? instruments : InstrumentReferences.resolve(u.instruments(), catalogue),
                u.advances() == null ? advances : distinct(u.advances()),
                newSources,
                u.restricted() == null ? restricted : u.restricted());
    }

    /**
     * The date after an update: unchanged unless the update touches it; a new text or publication date is read
     * again (the date it gives replaces the former one), unless the update gives the date itself.
     */
    private MeetingDate dateWith(MeetingRequests.Update u, List<Source> newSources, LocalDate followedDay) {
        if (u.date() == null && u.dateAsWritten() == null && u.sourcePublishedOn() == null) {
            return date;
        }
        String asWritten = u.dateAsWritten() == null ? date.asWritten() : blankToNull(u.dateAsWritten());
        PartialDate publishedOn = u.sourcePublishedOn() == null ? date.sourcePublishedOn() : u.sourcePublishedOn();
        PartialDate explicit = u.date() != null ? u.date() : asWritten == null ? date.date() : null;
        return MeetingDates.read(explicit, asWritten, publishedOn, firstPublished(newSources), followedDay);
    }

    /** The same fields naming the organisations to store (merge winners) instead of those given. */
    MeetingFields withOrganizations(UUID organizer, List<ParticipantEntry> resolvedParticipants) {
        return new MeetingFields(kind, titleAr, titleEn, date, startTime, endTime, timeZone, place, organizer,
                resolvedParticipants, unnamedParticipants, agenda, topics, summary, outcomes, followUpOf, instruments,
                advances, sources, restricted);
    }

    /** Rules across fields, and values single-field constraints cannot check. */
    MeetingFields requireConsistent() {
        if (place != null && place.country() != null && !COUNTRIES.contains(place.country())) {
            throw ProblemException.unprocessable("place.country",
                    "«" + place.country() + "» is not an ISO 3166-1 country code");
        }
        if (timeZone != null && !ZoneId.getAvailableZoneIds().contains(timeZone)) {
            throw ProblemException.unprocessable("timeZone",
                    "«" + timeZone + "» is not an IANA time zone such as Asia/Damascus");
        }
        if (startTime != null && endTime != null && endTime.isBefore(startTime)) {
            throw ProblemException.unprocessable("endTime", "must not be before startTime " + startTime);
        }
        return this;
    }

    /** Everything but the participants, which the service replaces only when they changed. */
    void assignTo(Meeting m) {
        m.kind = kind;
        m.titleAr = titleAr;
        m.titleEn = titleEn;
        m.date(date.date());
        m.dateAsWritten = date.asWritten();
        m.sourcePublishedOn = date.sourcePublishedOn();
        m.dateWarnings = new ArrayList<>(date.warnings());
        m.startTime = startTime;
        m.endTime = endTime;
        m.timeZone = timeZone;
        m.place(place);
        m.organizerId = organizerId;
        m.unnamedParticipants = new ArrayList<>(unnamedParticipants);
        m.agenda = new ArrayList<>(agenda);
        m.topics = new ArrayList<>(topics);
        m.summary = summary;
        m.outcomes = new ArrayList<>(outcomes);
        m.followUpOf = followUpOf;
        m.instruments = new ArrayList<>(instruments);
        m.advances = new ArrayList<>(advances);
        m.sources = new ArrayList<>(sources);
        m.restricted = restricted;
    }

    private static PartialDate firstPublished(List<Source> sources) {
        return sources.stream().map(Source::publishedOn).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static List<UUID> distinct(List<UUID> ids) {
        return ids == null ? new ArrayList<>() : new ArrayList<>(ids.stream().distinct().toList());
    }
}
