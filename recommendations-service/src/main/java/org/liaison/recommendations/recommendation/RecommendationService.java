package org.liaison.recommendations.recommendation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.liaison.contracts.EventTypes;
import org.liaison.recommendations.common.Access;
import org.liaison.recommendations.directory.References;
import org.liaison.recommendations.instruments.InstrumentCheck;
import org.liaison.recommendations.merge.ReferenceColumns;
import org.liaison.recommendations.model.EntryKind;
import org.liaison.recommendations.model.Recommendation;
import org.liaison.recommendations.model.RecommendationEvents;
import org.liaison.recommendations.model.RecommendationSet;
import org.liaison.recommendations.model.RecommendationStatus;
import org.liaison.recommendations.status.Timeline;
import org.liaison.support.directory.OrganizationDirectory;
import org.liaison.support.http.Preconditions;
import org.liaison.support.merge.ReferenceRewrites;
import org.liaison.support.persistence.Inserts;
import org.liaison.support.problem.Problem;
import org.liaison.support.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.liaison.support.input.Inputs.texts;
import static org.liaison.support.text.Texts.blankToNull;
import static org.liaison.support.text.Timestamps.now;

/** The transaction boundary of recommendation changes (their status has its own: {@code StatusService}). */
@ApplicationScoped
@Transactional
public class RecommendationService {

    private final References references;
    private final ReferenceRewrites rewrites;
    private final OrganizationDirectory organizations;
    private final Timeline timeline;
    private final RecommendationEvents events;
    private final Access access;
    private final InstrumentCheck instruments;

    public RecommendationService(References references, ReferenceRewrites rewrites,
                                 OrganizationDirectory organizations, Timeline timeline, RecommendationEvents events,
                                 Access access, InstrumentCheck instruments) {
        this.instruments = instruments;
        this.references = references;
        this.rewrites = rewrites;
        this.organizations = organizations;
        this.timeline = timeline;
        this.events = events;
        this.access = access;
    }

    /** {@code POST /recommendation-sets/{id}/recommendations}: one more recommendation, and the set's new list. */
    public RecommendationView addToSet(UUID setId, RecommendationRequests.Create request) {
        RecommendationSet set = RecommendationSet.require(setId, LockModeType.PESSIMISTIC_WRITE);
        access.requireMayChangeSet(set.id, set.issuingOrganizationId);
        Recommendation recommendation = add(set, request, "");
        set.updatedAt = now();
        events.set(EventTypes.RECOMMENDATION_SET_UPDATED, set);
        return RecommendationView.of(recommendation, set, organizations);
    }

    /**
     * Adds a recommendation to a set, in the caller's transaction: adopted, with the adopting meeting as the
     * first timeline entry's evidence.
     *
     * @param field the JSON path prefix of the request's fields in errors: {@code ""} or {@code recommendations[2].}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Recommendation add(RecommendationSet set, RecommendationRequests.Create request, String field) {
        UUID id = request.id() == null ? UUID.randomUUID() : request.id();
        if (Recommendation.findById(id) != null) {
            throw ProblemException.conflict("recommendation " + id + " is already recorded", Map.of("existingId", id));
        }
        RecommendationNumber number = RecommendationNumber.of(request.number(), request.numberAsWritten(), field);
        requireNumberFree(set.id, number, field);
        Recommendation r = new Recommendation();
        r.id = id;
        r.setId = set.id;
        r.number = number.value();
        r.numberAsWritten = number.asWritten();
        r.textAr = request.textAr().strip();
        r.textEn = blankToNull(request.textEn());
        r.themes = texts(request.themes());
        List<UUID> lead = request.leadOfficeId() == null ? null
                : references.organizationPath(field + "leadOfficeId", request.leadOfficeId());
        r.leadOfficeId = lead == null ? null : last(lead);
        List<List<UUID>> supporting = supporting(field, request.supportingOrganizationIds());
        r.supportingOrganizationIds = new ArrayList<>(supporting.stream().map(RecommendationService::last).toList());
        r.instruments(instruments.resolve(field + "instruments", texts(request.instruments())));
        r.status = RecommendationStatus.ADOPTED;
        r.createdAt = now();
        r.updatedAt = r.createdAt;
        persist(r, set.id, number, field);
        recordReferences(r, lead, supporting);
        timeline.add(r, new Timeline.Report(EntryKind.STATUS_CHANGE, RecommendationStatus.ADOPTED, set.adoptedOn, null,
                set.issuingOrganizationId, set.adoptingMeetingId == null ? List.of() : List.of(set.adoptingMeetingId),
                List.of(), access.actor().subject().orElse(null)));
        events.recommendation(EventTypes.RECOMMENDATION_ADDED, r);
        return r;
    }

    /** @param ifMatch the request's If-Match header: the ETag of the version the client read */
    public RecommendationView update(UUID id, String ifMatch, RecommendationRequests.Update request) {
        Recommendation r = Recommendation.require(id);
        RecommendationSet set = RecommendationSet.require(r.setId, LockModeType.NONE);
        access.requireMayChangeRecommendation(id, set.issuingOrganizationId, r.leadOfficeId);
        Preconditions.requireIfMatch(ifMatch, r.version);
        var before = RecommendationEvents.state(r);
        if (request.number() != null || request.numberAsWritten() != null) {
            RecommendationNumber number = RecommendationNumber.of(request.number(), request.numberAsWritten(), "");
            if (number.value() != r.number) {
                requireNumberFree(r.setId, number, "");
            }
            r.number = number.value();
            r.numberAsWritten = number.asWritten();
        }
        if (request.textAr() != null) {
            r.textAr = request.textAr().strip();
        }
        if (request.textEn() != null) {
            r.textEn = blankToNull(request.textEn());
        }
        if (request.themes() != null) {
            r.themes = texts(request.themes());
        }
        List<UUID> lead = null;
        if (request.leadOfficeId() != null && !request.leadOfficeId().equals(r.leadOfficeId)) {
            lead = references.organizationPath("leadOfficeId", request.leadOfficeId());
            r.leadOfficeId = last(lead);
        }
        List<List<UUID>> supporting = null;
        if (request.supportingOrganizationIds() != null) {
            supporting = supporting("", request.supportingOrganizationIds());
            r.supportingOrganizationIds = new ArrayList<>(supporting.stream().map(RecommendationService::last)
                    .toList());
        }
        if (request.instruments() != null) {
            r.instruments(instruments.resolve("instruments", texts(request.instruments())));
        }
        if (!before.equals(RecommendationEvents.state(r))) {
            r.updatedAt = now();
            events.recommendation(EventTypes.RECOMMENDATION_UPDATED, r);
        }
        // After the event's flush; references chosen now are no longer moved back by an unmerge.
        if (lead != null) {
            rewrites.forget(ReferenceColumns.LEAD, r.id);
        }
        if (supporting != null) {
            rewrites.forget(ReferenceColumns.SUPPORTING, r.id);
        }
        recordReferences(r, lead, supporting == null ? List.of() : supporting);
        return RecommendationView.of(r, set, organizations);
    }

    /** The check {@link #update} makes of the caller, made first (before waiting for what the request names). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireMayChange(UUID id) {
        Recommendation r = Recommendation.require(id);
        RecommendationSet set = RecommendationSet.require(r.setId, LockModeType.NONE);
        access.requireMayChangeRecommendation(id, set.issuingOrganizationId, r.leadOfficeId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RecommendationView get(UUID id) {
        Recommendation r = Recommendation.require(id);
        return RecommendationView.of(r, RecommendationSet.require(r.setId, LockModeType.NONE), organizations);
    }

    private List<List<UUID>> supporting(String field, List<UUID> ids) {
        List<List<UUID>> paths = new ArrayList<>();
        List<UUID> given = ids == null ? List.of() : ids;
        for (int i = 0; i < given.size(); i++) {
            List<UUID> path = references.organizationPath(field + "supportingOrganizationIds[" + i + "]", given.get(i));
            if (paths.stream().noneMatch(p -> last(p).equals(last(path)))) {
                paths.add(path);
            }
        }
        return paths;
    }

    private void recordReferences(Recommendation r, List<UUID> lead, List<List<UUID>> supporting) {
        if (lead != null) {
            rewrites.record(ReferenceColumns.LEAD, r.id, new ReferenceRewrites.Resolution(lead));
        }
        for (int i = 0; i < supporting.size(); i++) {
            // Arrays count from 1.
            rewrites.record(ReferenceColumns.SUPPORTING, r.id, r.id, i + 1,
                    new ReferenceRewrites.Resolution(supporting.get(i)));
        }
    }

    private static void requireNumberFree(UUID setId, RecommendationNumber number, String field) {
        if (Recommendation.count("setId = ?1 and number = ?2", setId, number.value()) > 0) {
            throw numberTaken(setId, number, field);
        }
    }

    /** Persists and flushes; a number or id taken by a concurrent request meanwhile is a 409, not a 500. */
    private static void persist(Recommendation r, UUID setId, RecommendationNumber number, String field) {
        try {
            Inserts.persistNew(Recommendation.getEntityManager(), r, "recommendation_pkey", () ->
                    ProblemException.conflict("recommendation " + r.id + " is already recorded",
                            Map.of("existingId", r.id)));
        } catch (PersistenceException e) {
            if (Inserts.violates(e, "recommendation_number_in_set")) {
                throw numberTaken(setId, number, field);
            }
            throw e;
        }
    }

    private static ProblemException numberTaken(UUID setId, RecommendationNumber number, String field) {
        String message = "recommendation set " + setId + " already has a recommendation numbered " + number.value();
        return ProblemException.conflict(message,
                new Problem.FieldError(field + "number", message),
                Map.of("number", number.value()));
    }

    private static UUID last(List<UUID> path) {
        return path.get(path.size() - 1);
    }
}
