package org.liaison.meetings.recommendation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.liaison.support.directory.OrganizationDirectory;
import org.liaison.support.problem.Problem;
import org.liaison.support.problem.ProblemException;
import org.liaison.support.security.CurrentActor;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A meeting's {@code advances} makes it evidence on those recommendations' timelines, so naming one is reporting
 * on it: an editor may name only recommendations its office may report for (the issuing organisation, lead office
 * or a supporting organisation, or an office above one of them), admins any. Only ids the write adds are checked:
 * what a co-owner added earlier stays. recommendations-service applies the same rule when the event arrives.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AdvancesCheck {

    private final RecommendationDirectory recommendations;
    private final OrganizationDirectory organizations;
    private final CurrentActor actor;

    public AdvancesCheck(RecommendationDirectory recommendations, OrganizationDirectory organizations,
            CurrentActor actor) {
        this.recommendations = recommendations;
        this.organizations = organizations;
        this.actor = actor;
    }

    /**
     * @param requested the request's {@code advances} (null: not given), indexed as sent
     * @param current   what the meeting advances now (empty for a new one)
     * @throws ProblemException 422 naming {@code advances[i]} for a recommendation this service does not know, 403
     *                          naming it for one the actor's office may not report for
     */
    public void requireMayAdd(List<UUID> requested, List<UUID> current) {
        if (requested == null) {
            return;
        }
        List<UUID> added = requested.stream().filter(id -> !current.contains(id)).distinct().toList();
        if (added.isEmpty()) {
            return;
        }
        Map<UUID, List<UUID>> owners = recommendations.owners(added);
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            UUID id = requested.get(i);
            if (current.contains(id) || !seen.add(id)) {
                continue;
            }
            List<UUID> reporting = owners.get(id);
            if (reporting == null) {
                throw ProblemException.unprocessable("advances[" + i + "]", "no recommendation " + id
                        + " is known to this service");
            }
            if (!actor.isAdmin() && !mayReportFor(reporting)) {
                String message = "your office does not report for recommendation " + id
                        + ": only its issuing, lead or supporting offices (or those above them) name it as advanced";
                throw ProblemException.forbidden(message, new Problem.FieldError("advances[" + i + "]", message));
            }
        }
    }

    private boolean mayReportFor(List<UUID> owners) {
        UUID office = actor.office().orElse(null);
        if (office == null || !actor.isEditor()) {
            return false;
        }
        Set<UUID> reach = new HashSet<>(organizations.withUnits(organizations.resolve(office)));
        reach.add(office);
        return owners.stream().map(organizations::resolve).anyMatch(reach::contains);
    }
}
