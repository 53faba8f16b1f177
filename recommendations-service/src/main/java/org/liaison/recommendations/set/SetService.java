package org.liaison.recommendations.set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.liaison.contracts.EventTypes;
import org.liaison.recommendations.common.Access;
import org.liaison.recommendations.common.OrganizationRef;
import org.liaison.recommendations.directory.MeetingDirectory;
import org.liaison.recommendations.directory.References;
import org.liaison.recommendations.merge.ReferenceColumns;
import org.liaison.recommendations.model.Recommendation;
import org.liaison.recommendations.model.RecommendationEvents;
import org.liaison.recommendations.model.RecommendationSet;
import org.liaison.recommendations.recommendation.RecommendationRequests;
import org.liaison.recommendations.recommendation.RecommendationService;
import org.liaison.support.directory.OrganizationDirectory;
import org.liaison.support.http.Preconditions;
import org.liaison.support.input.SourceInput;
import org.liaison.support.merge.ReferenceRewrites;
import org.liaison.support.paging.KeysetCursor;
import org.liaison.support.paging.KeysetPages;
import org.liaison.support.paging.KeysetQuery;
import org.liaison.support.paging.Page;
import org.liaison.support.persistence.Inserts;
import org.liaison.support.problem.ProblemException;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.liaison.support.input.Inputs.map;
import static org.liaison.support.text.Texts.blankToNull;
import static org.liaison.support.text.Timestamps.now;

/** The transaction boundary of set changes: a set, its recommendations and their events commit together. */
@ApplicationScoped
@Transactional
public class SetService {

    private final References references;
    private final ReferenceRewrites rewrites;
    private final OrganizationDirectory organizations;
    private final MeetingDirectory meetings;
    private final RecommendationService recommendations;
    private final RecommendationEvents events;
    private final Access access;

    public SetService(References references, ReferenceRewrites rewrites, OrganizationDirectory organizations,
                      MeetingDirectory meetings, RecommendationService recommendations, RecommendationEvents events,
                      Access access) {
        this.references = references;
        this.rewrites = rewrites;
        this.organizations = organizations;
        this.meetings = meetings;
        this.recommendations = recommendations;
        this.events = events;
        this.access = access;
    }

    public SetView adopt(SetRequests.Create request) {
        UUID id = request.id() == null ? UUID.randomUUID() : request.id();
        if (RecommendationSet.findById(id) != null) {
            throw alreadyRecorded(id);
        }
        List<UUID> issuing = references.organizationPath("issuingOrganizationId", request.issuingOrganizationId());
        access.requireMayChangeSet(id, issuing);
        references.requireMeeting("adoptingMeetingId", request.adoptingMeetingId());
        RecommendationSet set = new RecommendationSet();
        set.id = id;
        set.issuingOrganizationId = issuing.get(issuing.size() - 1);
        set.year = request.year();
        set.adoptingMeetingId = request.adoptingMeetingId();
        set.adoptedOn = request.adoptedOn();
        set.titleAr = request.titleAr().strip();
        set.titleEn = blankToNull(request.titleEn());
        set.sources = map(request.sources(), SourceInput::toSource);
        set.createdByOffice = access.actor().office().orElse(null);
        set.createdAt = now();
        set.updatedAt = set.createdAt;
        Inserts.persistNew(RecommendationSet.getEntityManager(), set, "recommendation_set_pkey",
                () -> alreadyRecorded(id));
        rewrites.record(ReferenceColumns.ISSUING, set.id, new ReferenceRewrites.Resolution(issuing));
        List<RecommendationRequests.Create> items = request.recommendations() == null ? List.of()
                : request.recommendations();
        for (int i = 0; i < items.size(); i++) {
            recommendations.add(set, items.get(i), "recommendations[" + i + "].");
        }
        events.set(EventTypes.RECOMMENDATION_SET_ADOPTED, set);
        return view(set);
    }

    /**
     * The check {@link #adopt} makes of the caller, made first (before waiting for what the request names): editors
     * of the issuing organisation (or of the one it was merged into), admins.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireMayAdopt(UUID issuingOrganizationId) {
        access.requireMayChangeSet(null, organizations.mergePath(issuingOrganizationId));
    }

    /** The check {@link #update} and adding a recommendation make of the caller, made first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireMayChange(UUID id) {
        RecommendationSet set = RecommendationSet.require(id, LockModeType.NONE);
        access.requireMayChangeSet(id, set.issuingOrganizationId);
    }

    /** @param ifMatch the request's If-Match header: the ETag of the version the client read */
    public SetView update(UUID id, String ifMatch, SetRequests.Update request) {
        RecommendationSet set = RecommendationSet.require(id, LockModeType.NONE);
        access.requireMayChangeSet(id, set.issuingOrganizationId);
        Preconditions.requireIfMatch(ifMatch, set.version);
        var before = RecommendationEvents.setState(set);
        List<UUID> issuing = null;
        if (request.issuingOrganizationId() != null
                && !request.issuingOrganizationId().equals(set.issuingOrganizationId)) {
            issuing = references.organizationPath("issuingOrganizationId", request.issuingOrganizationId());
            // Moving a set to another organisation: editors of that one must be allowed too.
            access.requireMayChangeSet(id, issuing);
            set.issuingOrganizationId = issuing.get(issuing.size() - 1);
        }
        if (request.adoptingMeetingId() != null) {
            references.requireMeeting("adoptingMeetingId", request.adoptingMeetingId());
            set.adoptingMeetingId = request.adoptingMeetingId();
        }
        if (request.year() != null) {
            set.year = request.year();
        }
        if (request.adoptedOn() != null) {
            set.adoptedOn = request.adoptedOn();
        }
        if (request.titleAr() != null) {
            set.titleAr = request.titleAr().strip();
        }
        if (request.titleEn() != null) {
            set.titleEn = blankToNull(request.titleEn());
        }
        if (request.sources() != null) {
            set.sources = map(request.sources(), SourceInput::toSource);
        }
        if (!before.equals(RecommendationEvents.setState(set))) {
            set.updatedAt = now();
            events.set(EventTypes.RECOMMENDATION_SET_UPDATED, set);
        }
        // After the event's flush, so that these statements do not flush (and version) the set twice.
        if (issuing != null) {
            // Chosen now: a merge undone later no longer moves it back (unless it was given as a merged one).
            rewrites.forget(ReferenceColumns.ISSUING, set.id);
            rewrites.record(ReferenceColumns.ISSUING, set.id, new ReferenceRewrites.Resolution(issuing));
        }
        return view(set);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SetView get(UUID id) {
        return view(RecommendationSet.require(id, LockModeType.NONE));
    }

    /** Sets of an organisation (issuing; a merged id finds its winner's) and/or a year, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SetView> list(int limit, String cursor, UUID organizationId, Integer year) {
        KeysetQuery query = KeysetQuery.oldestFirst(cursor);
        if (organizationId != null) {
            query.where("issuingOrganizationId = ?", organizations.resolve(organizationId));
        }
        if (year != null) {
            query.where("year = ?", year);
        }
        KeysetQuery.Clause count = query.count();
        long total = RecommendationSet.count(count.text(), count.parameterArray());
        KeysetQuery.Clause page = query.page();
        List<RecommendationSet> rows = RecommendationSet.<RecommendationSet>find(page.text(), page.parameterArray())
                .page(0, limit + 1).list();
        return KeysetPages.of(rows, limit, total, row -> new KeysetCursor(row.createdAt, row.id), this::view);
    }

    private SetView view(RecommendationSet set) {
        var meeting = set.adoptingMeetingId == null ? null : meetings.find(set.adoptingMeetingId).orElse(null);
        boolean details = meeting == null || access.actor().maySeeDetails(meeting.restricted(), meeting.parties());
        List<SetView.Item> items = Recommendation.<Recommendation>find("setId = ?1 order by number", set.id).list()
                .stream()
                .map(r -> new SetView.Item(r.id, r.number, r.numberAsWritten, r.textAr, r.textEn, List.copyOf(r.themes),
                        r.status)).toList();
        return new SetView(set.id, set.version,
                OrganizationRef.of(set.issuingOrganizationId,
                        organizations.find(set.issuingOrganizationId).orElse(null)),
                set.year,
                set.adoptingMeetingId == null ? null
                        : SetView.AdoptingMeeting.of(set.adoptingMeetingId, meeting, details),
                meeting != null && "cancelled".equals(meeting.status()), set.adoptedOn, set.titleAr, set.titleEn,
                List.copyOf(set.sources), items, set.createdAt, set.updatedAt);
    }

    private static ProblemException alreadyRecorded(UUID id) {
        return ProblemException.conflict("recommendation set " + id + " is already recorded", Map.of("existingId", id));
    }
}
