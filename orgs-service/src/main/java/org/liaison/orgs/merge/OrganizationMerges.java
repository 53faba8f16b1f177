package org.liaison.orgs.merge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.liaison.contracts.AggregateTypes;
import org.liaison.contracts.EventTypes;
import org.liaison.contracts.OtherName;
import org.liaison.orgs.common.MergedNames;
import org.liaison.orgs.membership.Membership;
import org.liaison.orgs.organization.Organization;
import org.liaison.orgs.organization.OrganizationNames;
import org.liaison.orgs.organization.OrganizationTree;
import org.liaison.support.outbox.Outbox;
import org.liaison.support.problem.ProblemException;
import org.liaison.support.security.CurrentActor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.liaison.support.text.Timestamps.now;

/**
 * Merges an organisation registered twice into the record that stays, and undoes such a merge. Everything
 * a merge moves is written down in its {@link OrganizationMerge}, and undoing restores only what is still
 * where the merge put it: a unit moved elsewhere since stays there.
 *
 * <p>Memberships between organisations move on either side: those in the loser to the winner, and the loser's
 * memberships of others to the winner. A membership between the winner and the loser themselves (the loser a member
 * of the winner, or the other way) is left as it is, pointing at the loser, and noted as kept: moved, it would make
 * the winner a member of itself, which no membership may say, and ended, it would claim an end the sources never
 * gave. While the merge stands it is in no list and no export (its one side is the merged record); undoing the merge
 * has nothing to restore for it.
 *
 * <p>Events: {@code organization.merged} (keyed by the loser, whose state names the winner) lets the other
 * services rewrite their references; the winner, the moved units and the moved roles publish their own
 * updated states.
 */
@ApplicationScoped
@Transactional
public class OrganizationMerges {

    /** The fields of a membership that name an organisation: the one joined, the one spoken for, the member. */
    private static final String ORGANIZATION = "organizationId";
    private static final String ON_BEHALF_OF = "onBehalfOfId";
    private static final String MEMBER_ORGANIZATION = "memberOrganizationId";

    private final Outbox outbox;
    private final CurrentActor actor;
    private final OrganizationNames names;
    private final OrganizationTree tree;

    public OrganizationMerges(Outbox outbox, CurrentActor actor, OrganizationNames names, OrganizationTree tree) {
        this.outbox = outbox;
        this.actor = actor;
        this.names = names;
        this.tree = tree;
    }

    public OrganizationMerge merge(UUID winnerId, UUID loserId) {
        Organization winner = require(winnerId, "winner");
        Organization loser = require(loserId, "organizationId");
        requireMergeable(winner, loser);
        actor.requireMayChange("organization " + winnerId, tree.selfAndAncestors(winnerId));
        actor.requireMayChange("organization " + loserId, tree.selfAndAncestors(loserId));

        OrganizationMerge merge = new OrganizationMerge();
        merge.id = UUID.randomUUID();
        merge.winnerId = winnerId;
        merge.loserId = loserId;
        merge.mergedAt = now();
        merge.mergedBy = actor.subject().orElse(null);
        merge.addedNames = MergedNames.toAdd(OrganizationNames.of(winner), OrganizationNames.of(loser), loserId);

        for (Organization unit : Organization.<Organization>list("parentId", loserId)) {
            unit.parentId = winnerId;
            merge.movedUnits.add(unit.id);
            changed(unit, EventTypes.ORGANIZATION_UPDATED);
        }
        merge.movedMemberships = moveRoles(ORGANIZATION, loserId, winnerId, merge.keptMemberships);
        merge.movedOnBehalfOf = moveRoles(ON_BEHALF_OF, loserId, winnerId, merge.keptMemberships);
        merge.movedMemberOf = moveRoles(MEMBER_ORGANIZATION, loserId, winnerId, merge.keptMemberships);

        List<OtherName> otherNames = new ArrayList<>(winner.otherNames);
        otherNames.addAll(merge.addedNames);
        winner.otherNames = otherNames;
        loser.mergedInto = winnerId;
        names.unindex(loser);
        changed(loser, EventTypes.ORGANIZATION_MERGED);
        changed(winner, EventTypes.ORGANIZATION_UPDATED);
        merge.persist();
        return merge;
    }

    /** Undoes the standing merge of {@code loserId} into {@code winnerId}. */
    public OrganizationMerge unmerge(UUID winnerId, UUID loserId) {
        OrganizationMerge merge = OrganizationMerge.<OrganizationMerge>find(
                        "winnerId = ?1 and loserId = ?2 and undoneAt is null", winnerId, loserId)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("merge of organization " + loserId + " into", winnerId));
        Organization winner = require(winnerId, "winner");
        Organization loser = require(loserId, "organizationId");
        actor.requireMayChange("organization " + winnerId, tree.selfAndAncestors(winnerId));

        List<OtherName> otherNames = new ArrayList<>(winner.otherNames);
        otherNames.removeAll(merge.addedNames);
        winner.otherNames = otherNames;
        loser.mergedInto = null;
        for (UUID unitId : merge.movedUnits) {
            Organization unit = Organization.findById(unitId);
            if (unit != null && winnerId.equals(unit.parentId)) {
                unit.parentId = loserId;
                changed(unit, EventTypes.ORGANIZATION_UPDATED);
            }
        }
        restoreRoles(merge.movedMemberships, ORGANIZATION, winnerId, loserId);
        restoreRoles(merge.movedOnBehalfOf, ON_BEHALF_OF, winnerId, loserId);
        restoreRoles(merge.movedMemberOf, MEMBER_ORGANIZATION, winnerId, loserId);
        changed(loser, EventTypes.ORGANIZATION_UNMERGED);
        changed(winner, EventTypes.ORGANIZATION_UPDATED);
        merge.undoneAt = now();
        return merge;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrganizationMerge> mergesInto(UUID winnerId) {
        require(winnerId, "winner");
        return OrganizationMerge.list("winnerId = ?1 order by mergedAt desc", winnerId);
    }

    private static void requireMergeable(Organization winner, Organization loser) {
        if (winner.id.equals(loser.id)) {
            throw ProblemException.unprocessable("organizationId", "an organisation cannot be merged into itself");
        }
        for (Organization o : List.of(winner, loser)) {
            if (o.mergedInto != null) {
                throw ProblemException.conflict("organization " + o.id + " is already merged into " + o.mergedInto,
                        Map.of("mergedInto", o.mergedInto));
            }
        }
    }

    /**
     * Points every membership whose {@code field} names {@code from} at {@code to}, except one whose other side is
     * {@code to} already (it goes to {@code kept}); returns the memberships moved.
     */
    private List<UUID> moveRoles(String field, UUID from, UUID to, List<UUID> kept) {
        List<UUID> moved = new ArrayList<>();
        for (Membership role : Membership.<Membership>list(field, from)) {
            UUID otherSide = MEMBER_ORGANIZATION.equals(field) ? role.organizationId
                    : ORGANIZATION.equals(field) ? role.memberOrganizationId : null;
            if (to.equals(otherSide)) {
                kept.add(role.id);
                continue;
            }
            setRoleOrganization(role, field, to);
            moved.add(role.id);
        }
        return moved;
    }

    private void restoreRoles(List<UUID> roleIds, String field, UUID winnerId, UUID loserId) {
        for (UUID roleId : roleIds) {
            Membership role = Membership.findById(roleId);
            if (role != null && winnerId.equals(organizationIn(role, field))) {
                setRoleOrganization(role, field, loserId);
            }
        }
    }

    private static UUID organizationIn(Membership role, String field) {
        return switch (field) {
            case ORGANIZATION -> role.organizationId;
            case ON_BEHALF_OF -> role.onBehalfOfId;
            case MEMBER_ORGANIZATION -> role.memberOrganizationId;
            default -> throw new IllegalArgumentException(field);
        };
    }

    private void setRoleOrganization(Membership role, String field, UUID organizationId) {
        switch (field) {
            case ORGANIZATION -> role.organizationId = organizationId;
            case ON_BEHALF_OF -> role.onBehalfOfId = organizationId;
            case MEMBER_ORGANIZATION -> role.memberOrganizationId = organizationId;
            default -> throw new IllegalArgumentException(field);
        }
        role.updatedAt = now();
        outbox.append(EventTypes.MEMBERSHIP_UPDATED, AggregateTypes.MEMBERSHIP, role::toState);
    }

    private void changed(Organization organization, String eventType) {
        organization.updatedAt = now();
        if (organization.mergedInto == null) {
            names.index(organization);
        }
        outbox.append(eventType, AggregateTypes.ORGANIZATION, organization::toState);
    }

    private static Organization require(UUID id, String field) {
        Organization organization = Organization.findById(id);
        if (organization == null) {
            throw "winner".equals(field) ? ProblemException.notFound("organization", id)
                    : ProblemException.unprocessable(field, "no organisation " + id + " is registered");
        }
        return organization;
    }
}
