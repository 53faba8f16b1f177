package org.liaison.recommendations.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.liaison.recommendations.common.Access;
import org.liaison.recommendations.model.Recommendation;
import org.liaison.recommendations.model.RecommendationSet;
import org.liaison.support.directory.OrganizationDirectory;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Who may add evidence to a recommendation's timeline, or retract it: an office that may report for it. That is
 * one of the offices that report on it ({@link Access#owners}: issuing, lead, supporting) or an office above one of
 * them (as the organisation directory knows the tree), or an admin. The same rule decides a meeting's
 * {@code advances} when its event arrives and an owner's retraction through the API.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EvidenceAuthority {

    private final OrganizationDirectory organizations;

    public EvidenceAuthority(OrganizationDirectory organizations) {
        this.organizations = organizations;
    }

    /** The offices that report on {@code recommendation}, as they are referred to now (merges followed). */
    public List<UUID> owners(Recommendation recommendation) {
        RecommendationSet set = RecommendationSet.require(recommendation.setId, LockModeType.NONE);
        return Access.owners(set.issuingOrganizationId, recommendation.leadOfficeId,
                recommendation.supportingOrganizationIds).stream().map(organizations::resolve).distinct().toList();
    }

    /** Whether an editor of {@code office} may report for a recommendation reported on by {@code owners}. */
    public boolean mayReportFor(UUID office, List<UUID> owners) {
        if (office == null) {
            return false;
        }
        Set<UUID> reach = new HashSet<>(organizations.withUnits(organizations.resolve(office)));
        reach.add(office);
        return owners.stream().anyMatch(reach::contains);
    }
}
