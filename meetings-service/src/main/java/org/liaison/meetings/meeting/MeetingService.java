package org.liaison.meetings.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.liaison.contracts.AggregateTypes;
import org.liaison.contracts.EventTypes;
import org.liaison.meetings.directory.OrganizationLookup;
import org.liaison.meetings.merge.OrganizationRewrites;
import org.liaison.meetings.merge.ReferenceColumns;
import org.liaison.support.directory.OrganizationDirectory;
import org.liaison.support.http.Preconditions;
import org.liaison.support.outbox.Outbox;
import org.liaison.support.paging.KeysetCursor;
import org.liaison.support.paging.KeysetPages;
import org.liaison.support.paging.Page;
import org.liaison.support.problem.ProblemException;
import org.liaison.support.security.CurrentActor;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static org.liaison.support.text.Texts.blankToNull;
import static org.liaison.support.text.Timestamps.now;

/** The transaction boundary of meeting changes: each change and its event commit together. */
@ApplicationScoped
@Transactional
public class MeetingService {

    private final Outbox outbox;
    private final OrganizationLookup organizations;
    private final OrganizationDirectory directory;
    private final OrganizationRewrites rewrites;
    private final CurrentActor actor;

    public MeetingService(Outbox outbox, OrganizationLookup organizations, OrganizationDirectory directory,
                          OrganizationRewrites rewrites, CurrentActor actor) {
        this.outbox = outbox;
        this.organizations = organizations;
        this.directory = directory;
        this.rewrites = rewrites;
        this.actor = actor;
    }

    public MeetingView schedule(MeetingRequests.Schedule request) {
        UUID id = request.id() == null ? UUID.randomUUID() : request.id();
        if (Meeting.findById(id) != null) {
            throw ProblemException.conflict("meeting " + id + " is already recorded", Map.of("existingId", id));
        }
        OrganizationRewrites.Resolution organizer = requireOrganization(request.organizerId());
        Meeting meeting = new Meeting();
        meeting.id = id;
        meeting.kind = request.kind();
        meeting.titleAr = request.titleAr().strip();
        meeting.titleEn = blankToNull(request.titleEn());
        meeting.date(request.date());
        meeting.organizerId = organizer.current();
        meeting.restricted = Boolean.TRUE.equals(request.restricted());
        meeting.createdByOffice = actor.office().orElse(null);
        meeting.createdAt = now();
        meeting.updatedAt = meeting.createdAt;
        meeting.persist();
        rewrites.record(meeting.id, ReferenceColumns.ORGANIZER, organizer);
        outbox.append(EventTypes.MEETING_SCHEDULED, AggregateTypes.MEETING, meeting::toState);
        return view(meeting);
    }

    /** @param ifMatch the request's If-Match header: the ETag of the version the client read */
    public MeetingView update(UUID id, String ifMatch, MeetingRequests.Update request) {
        Meeting meeting = require(id);
        actor.requireMayChange("meeting " + id, meeting.parties());
        Preconditions.requireIfMatch(ifMatch, meeting.version);
        var before = meeting.toState();
        OrganizationRewrites.Resolution organizer = null;
        if (request.kind() != null) {
            meeting.kind = request.kind();
        }
        if (request.titleAr() != null) {
            meeting.titleAr = request.titleAr().strip();
        }
        if (request.titleEn() != null) {
            meeting.titleEn = blankToNull(request.titleEn());
        }
        if (request.date() != null) {
            meeting.date(request.date());
        }
        if (request.organizerId() != null && !request.organizerId().equals(meeting.organizerId)) {
            OrganizationRewrites.Resolution resolved = requireOrganization(request.organizerId());
            if (!resolved.current().equals(meeting.organizerId)) {
                meeting.organizerId = resolved.current();
                organizer = resolved;
            }
        }
        if (request.restricted() != null) {
            meeting.restricted = request.restricted();
        }
        if (!Objects.equals(before, meeting.toState())) {
            meeting.updatedAt = now();
            outbox.append(EventTypes.MEETING_UPDATED, AggregateTypes.MEETING, meeting::toState);
        }
        // After the event's flush, so that these statements do not flush (and version) the meeting twice.
        if (organizer != null) {
            // Chosen now: a merge undone later no longer moves it back (unless it was given as a merged one).
            rewrites.forget(meeting.id, ReferenceColumns.ORGANIZER);
            rewrites.record(meeting.id, ReferenceColumns.ORGANIZER, organizer);
        }
        return view(meeting);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MeetingView get(UUID id) {
        return view(require(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<MeetingView> list(int limit, String cursor) {
        KeysetCursor after = KeysetCursor.decode(cursor);
        List<Meeting> rows = after == null
                ? Meeting.find(KeysetPages.ORDER).page(0, limit + 1).list()
                : Meeting.find(KeysetPages.AFTER_CURSOR + " " + KeysetPages.ORDER, after.after(), after.afterId())
                        .page(0, limit + 1).list();
        return KeysetPages.of(rows, limit, Meeting.count(), row -> new KeysetCursor(row.createdAt, row.id), this::view);
    }

    /** The organiser as given and, if it was merged, the organisation to store instead. */
    private OrganizationRewrites.Resolution requireOrganization(UUID organizerId) {
        if (organizations.find(organizerId).isEmpty()) {
            throw ProblemException.unprocessable("organizerId", "no organisation " + organizerId + " is registered");
        }
        return rewrites.resolve(organizerId);
    }

    private MeetingView view(Meeting meeting) {
        return MeetingView.of(meeting, directory.find(meeting.organizerId).orElse(null),
                actor.maySeeDetails(meeting.restricted, meeting.parties()));
    }

    private static Meeting require(UUID id) {
        Meeting meeting = Meeting.findById(id);
        if (meeting == null) {
            throw ProblemException.notFound("meeting", id);
        }
        return meeting;
    }
}
