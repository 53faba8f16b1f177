package org.liaison.meetings.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.liaison.contracts.AggregateTypes;
import org.liaison.contracts.EventTypes;
import org.liaison.contracts.MeetingState;
import org.liaison.contracts.OrganizationState;
import org.liaison.meetings.dating.MeetingDates;
import org.liaison.meetings.followup.FollowUps;
import org.liaison.meetings.merge.ReferenceColumns;
import org.liaison.meetings.model.Meeting;
import org.liaison.meetings.model.MeetingStatus;
import org.liaison.meetings.participation.ParticipantReferences;
import org.liaison.meetings.recommendation.AdvancesCheck;
import org.liaison.meetings.search.MeetingSearchIndex;
import org.liaison.support.directory.InstrumentDirectory;
import org.liaison.support.directory.OrganizationDirectory;
import org.liaison.support.http.Preconditions;
import org.liaison.support.merge.ReferenceRewrites;
import org.liaison.support.merge.ReferenceRewrites.Resolution;
import org.liaison.support.outbox.Outbox;
import org.liaison.support.persistence.Inserts;
import org.liaison.support.problem.ProblemException;
import org.liaison.support.security.CurrentActor;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.liaison.support.text.Timestamps.now;

/**
 * The transaction boundary of meeting changes: each change and its event commit together. Every check that reads
 * the database runs before the entity is touched, so that a refused change writes nothing and an accepted one
 * flushes (and versions) the meeting once.
 */
@ApplicationScoped
@Transactional
public class MeetingService {

    private final Outbox outbox;
    private final ParticipantReferences references;
    private final OrganizationDirectory directory;
    private final ReferenceRewrites rewrites;
    private final FollowUps followUps;
    private final CurrentActor actor;
    private final MeetingSearchIndex searchIndex;
    private final AdvancesCheck advances;
    private final InstrumentDirectory instruments;
    private final AgendaDocuments agendaDocuments;

    public MeetingService(Outbox outbox, ParticipantReferences references, OrganizationDirectory directory,
                          ReferenceRewrites rewrites, FollowUps followUps, CurrentActor actor,
                          MeetingSearchIndex searchIndex, AdvancesCheck advances, InstrumentDirectory instruments,
                          AgendaDocuments agendaDocuments) {
        this.outbox = outbox;
        this.references = references;
        this.directory = directory;
        this.rewrites = rewrites;
        this.followUps = followUps;
        this.actor = actor;
        this.searchIndex = searchIndex;
        this.advances = advances;
        this.instruments = instruments;
        this.agendaDocuments = agendaDocuments;
    }

    public MeetingView schedule(MeetingRequests.Schedule request) {
        UUID id = request.id() == null ? UUID.randomUUID() : request.id();
        if (Meeting.findById(id) != null) {
            throw alreadyRecorded(id);
        }
        MeetingFields fields = MeetingFields.of(request, followedDay(request.followUpOf()), instruments.catalogue())
                .requireConsistent();
        Resolution organizer = references.require("organizerId", fields.organizerId());
        ParticipantReferences.Resolved participants = references.resolve(fields.participants());
        followUps.requireValid(id, fields.followUpOf());
        agendaDocuments.requireOfMeeting(id, fields.agenda());
        advances.requireMayAdd(request.advances(), List.of());
        Meeting meeting = new Meeting();
        meeting.id = id;
        meeting.status = request.status() == null ? MeetingStatus.PLANNED : request.status();
        fields.withOrganizations(organizer.current(), participants.entries()).assignTo(meeting);
        meeting.replaceParticipants(participants.entries());
        meeting.createdByOffice = actor.office().orElse(null);
        meeting.createdAt = now();
        meeting.updatedAt = meeting.createdAt;
        Inserts.persistNew(Meeting.getEntityManager(), meeting, "meeting_pkey", () -> alreadyRecorded(id));
        meeting.persistParticipants();
        rewrites.record(ReferenceColumns.ORGANIZER, meeting.id, organizer);
        references.recordRewrites(meeting, participants);
        outbox.append(EventTypes.MEETING_SCHEDULED, AggregateTypes.MEETING, meeting::toState);
        searchIndex.refresh(meeting);
        return view(meeting);
    }

    /**
     * PUT: every field replaced by the request's, absent ones cleared; the status stays (see the status resource).
     * {@code restricted} must be given: clearing it would publish a restricted meeting's details by omission.
     */
    public MeetingView replace(UUID id, String ifMatch, MeetingRequests.Schedule request) {
        if (request.id() != null && !request.id().equals(id)) {
            throw ProblemException.unprocessable("id", "must be absent or " + id);
        }
        return change(id, ifMatch, request.advances(), meeting -> {
            if (request.restricted() == null) {
                throw ProblemException.unprocessable("restricted", "PUT replaces the whole meeting: say whether its"
                        + " details are for the offices taking part only (true) or for everyone (false)");
            }
            if (request.status() != null && request.status() != meeting.status) {
                throw ProblemException.conflict("the status changes through POST /meetings/" + id
                        + "/status, which checks the life cycle", Map.of("currentStatus", meeting.status.code()));
            }
            return MeetingFields.of(request, followedDay(request.followUpOf()), instruments.catalogue());
        });
    }

    /** PATCH: the fields the request gives replace the current ones. */
    public MeetingView update(UUID id, String ifMatch, MeetingRequests.Update request) {
        return change(id, ifMatch, request.advances(), meeting -> MeetingFields.of(meeting).with(request,
                followedDay(request.followUpOf() != null ? request.followUpOf() : meeting.followUpOf),
                instruments.catalogue()));
    }

    /**
     * Refuses a change of the meeting unless the actor may make it (the check {@link #replace} and {@link #update}
     * begin with), before anything slow is done for the request.
     *
     * @return the recommendations the meeting advances now
     */
    public List<UUID> requireMayChange(UUID id) {
        Meeting meeting = require(id);
        actor.requireMayChange("meeting " + id, meeting.owners());
        return List.copyOf(meeting.advances);
    }

    /**
     * @param ifMatch            the request's If-Match header: the ETag of the version the client read
     * @param requestedAdvances  the request's {@code advances} as sent (null when it gives none)
     */
    private MeetingView change(UUID id, String ifMatch, List<UUID> requestedAdvances,
            Function<Meeting, MeetingFields> edit) {
        Meeting meeting = require(id);
        actor.requireMayChange("meeting " + id, meeting.owners());
        Preconditions.requireIfMatch(ifMatch, meeting.version);
        MeetingFields fields = edit.apply(meeting).requireConsistent();
        Resolution organizer = fields.organizerId().equals(meeting.organizerId) ? null
                : references.require("organizerId", fields.organizerId());
        boolean participantsChanged = !fields.participants().equals(meeting.participantEntries());
        ParticipantReferences.Resolved participants = participantsChanged ? references.resolve(fields.participants())
                : null;
        if (fields.followUpOf() != null && !fields.followUpOf().equals(meeting.followUpOf)) {
            followUps.requireValid(id, fields.followUpOf());
        }
        if (!fields.agenda().equals(meeting.agenda)) {
            agendaDocuments.requireOfMeeting(id, fields.agenda());
        }
        advances.requireMayAdd(requestedAdvances, meeting.advances);
        MeetingState before = meeting.toState();
        participantsChanged = participants != null && !participants.entries().equals(meeting.participantEntries());
        MeetingFields resolved = fields.withOrganizations(organizer == null ? meeting.organizerId : organizer.current(),
                participantsChanged ? participants.entries() : meeting.participantEntries());
        if (resolved.equals(MeetingFields.of(meeting))) {
            return view(meeting); // nothing to change: no write, no new version
        }
        if (participantsChanged) {
            meeting.replaceParticipants(participants.entries()); // first: it flushes
        }
        resolved.assignTo(meeting);
        boolean organizerChanged = !before.organizerId().equals(meeting.organizerId);
        if (!before.equals(meeting.toState()) || participantsChanged) {
            meeting.updatedAt = now();
            outbox.append(EventTypes.MEETING_UPDATED, AggregateTypes.MEETING, meeting::toState);
        }
        // After the event's flush, so that these statements do not flush (and version) the meeting twice. A
        // reference chosen now is no longer moved back by a merge undone later (unless given as a merged one).
        if (organizerChanged) {
            rewrites.forget(ReferenceColumns.ORGANIZER, meeting.id);
            rewrites.record(ReferenceColumns.ORGANIZER, meeting.id, organizer);
        }
        if (participantsChanged) {
            references.forgetRewrites(meeting.id);
            references.recordRewrites(meeting, participants);
        }
        searchIndex.refresh(meeting);
        return view(meeting);
    }

    /** Reads run in a (read-only in effect) transaction: the participants load lazily with their meeting. */
    public MeetingView get(UUID id) {
        return view(require(id));
    }

    public MeetingView view(Meeting meeting) {
        Function<UUID, OrganizationState> names = id -> directory.find(id).orElse(null);
        return MeetingView.of(meeting, names, actor.maySeeDetails(meeting.restricted, meeting.parties()));
    }

    /**
     * The views of a page of meetings read with their participants ({@link Meeting#readOnly}): the organisations
     * they name are read in one query.
     */
    public List<MeetingView> views(List<Meeting> page) {
        Map<UUID, OrganizationState> names = directory.findAll(page.stream().flatMap(m -> Stream.concat(
                Stream.of(m.organizerId), m.participantEntries().stream()
                        .flatMap(p -> Stream.of(p.organizationId(), p.onBehalfOfId())))).filter(Objects::nonNull)
                        .toList());
        return page.stream().map(m -> MeetingView.of(m, names::get, actor.maySeeDetails(m.restricted, m.parties())))
                .toList();
    }

    /** The day of the meeting followed up, if it is recorded with one; its existence is checked later. */
    private static LocalDate followedDay(UUID followUpOf) {
        Meeting followed = followUpOf == null ? null : Meeting.findById(followUpOf);
        return followed == null ? null : MeetingDates.day(followed.date());
    }

    private static ProblemException alreadyRecorded(UUID id) {
        return ProblemException.conflict("meeting " + id + " is already recorded", Map.of("existingId", id));
    }

    public static Meeting require(UUID id) {
        Meeting meeting = Meeting.findById(id);
        if (meeting == null) {
            throw ProblemException.notFound("meeting", id);
        }
        return meeting;
    }
}
