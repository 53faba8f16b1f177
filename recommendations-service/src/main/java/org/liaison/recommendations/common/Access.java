package org.liaison.recommendations.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.LockModeType;
import org.liaison.recommendations.model.Recommendation;
import org.liaison.recommendations.model.RecommendationSet;
import org.liaison.support.problem.Problem;
import org.liaison.support.problem.ProblemException;
import org.liaison.support.security.CurrentActor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Who may change what. This service has no organisation tree, so "the issuing office or one above it" is the
 * issuing organisation itself (and, for a recommendation, its lead office); admins change anything.
 */
@RequestScoped
public class Access {

    private final CurrentActor actor;

    public Access(CurrentActor actor) {
        this.actor = actor;
    }

    /** A set and its list: editors of the issuing organisation. */
    public void requireMayChangeSet(UUID setId, UUID issuingOrganizationId) {
        requireMayChangeSet(setId, List.of(issuingOrganizationId));
    }

    /**
     * @param setId   null for a set not recorded yet
     * @param issuing the issuing organisation as given and the organisations it was merged into
     */
    public void requireMayChangeSet(UUID setId, List<UUID> issuing) {
        actor.requireMayChange(setId == null ? "recommendation sets of " + issuing.get(0)
                : "recommendation set " + setId, issuing);
    }

    /** A recommendation's text and references: editors of the issuing organisation or of its lead office. */
    public void requireMayChangeRecommendation(UUID id, UUID issuingOrganizationId, UUID leadOfficeId) {
        actor.requireMayChange("recommendation " + id, owners(issuingOrganizationId, leadOfficeId, List.of()));
    }

    /** Status reports: editors of the issuing organisation, the lead office or a supporting organisation. */
    public void requireMayReport(UUID id, UUID issuingOrganizationId, UUID leadOfficeId, List<UUID> supporting) {
        actor.requireMayChange("the status of recommendation " + id,
                owners(issuingOrganizationId, leadOfficeId, supporting));
    }

    /** Status reports on {@code r}, as {@link #requireMayReport(UUID, UUID, UUID, List)} with its set's issuer. */
    public void requireMayReport(Recommendation r) {
        RecommendationSet set = RecommendationSet.require(r.setId, LockModeType.NONE);
        requireMayReport(r.id, set.issuingOrganizationId, r.leadOfficeId, r.supportingOrganizationIds);
    }

    /**
     * The recommendation locked for a write of what its reporters keep (actions, indicators).
     *
     * @throws ProblemException 404 when there is none, 403 when the caller may not report on it
     */
    public Recommendation lockMayReport(UUID recommendationId) {
        Recommendation r = Recommendation.findById(recommendationId, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            throw ProblemException.notFound("recommendation", recommendationId);
        }
        requireMayReport(r);
        return r;
    }

    /** Whether the caller may report on such a recommendation ({@link #requireMayReport} without the refusal). */
    public boolean mayReport(UUID issuingOrganizationId, UUID leadOfficeId, List<UUID> supporting) {
        return actor.mayChange(owners(issuingOrganizationId, leadOfficeId, supporting));
    }

    /**
     * The office a report is recorded for: the token's office, or for admins the one they name.
     *
     * @throws ProblemException 403 when a non-admin names another office
     */
    public UUID reporter(UUID requested) {
        Optional<UUID> office = actor.office();
        if (requested == null || actor.isAdmin() || office.map(requested::equals).orElse(false)) {
            return requested != null ? requested : office.orElse(null);
        }
        throw ProblemException.forbidden("only admins report on behalf of another office",
                new Problem.FieldError("reportedBy", "must be your own office or absent"));
    }

    public CurrentActor actor() {
        return actor;
    }

    /** The offices that report on a recommendation: its issuing organisation, its lead office, its supporters. */
    public static List<UUID> owners(UUID issuing, UUID lead, List<UUID> supporting) {
        List<UUID> owners = new ArrayList<>(supporting);
        owners.add(issuing);
        owners.add(lead);
        return owners.stream().filter(Objects::nonNull).distinct().toList();
    }
}
