package org.liaison.orgs.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.liaison.contracts.AggregateTypes;
import org.liaison.contracts.EventTypes;
import org.liaison.contracts.PartialDate;
import org.liaison.contracts.Source;
import org.liaison.orgs.common.Dates;
import org.liaison.orgs.common.IdTaken;
import org.liaison.orgs.model.Person;
import org.liaison.orgs.organization.Organization;
import org.liaison.orgs.organization.OrganizationTree;
import org.liaison.support.http.Preconditions;
import org.liaison.support.input.Inputs;
import org.liaison.support.input.SourceInput;
import org.liaison.support.outbox.Outbox;
import org.liaison.support.paging.KeysetCursor;
import org.liaison.support.paging.KeysetPages;
import org.liaison.support.paging.KeysetQuery;
import org.liaison.support.paging.Page;
import org.liaison.support.persistence.Inserts;
import org.liaison.support.problem.ProblemException;
import org.liaison.support.security.CurrentActor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import static org.liaison.support.text.Texts.blankToNull;
import static org.liaison.support.text.Timestamps.now;

/**
 * The transaction boundary of role changes: each change and its event commit together. A role is recorded
 * and changed by the office of its organisation, an office above it, or an admin. The member is a person or an
 * organisation (exactly one); an organisation is never a member of itself, though memberships may loop through
 * others (a coalition's member may count the coalition among its own members): they are not a tree.
 * <ul>
 *   <li>recording a role: {@code membership.started} (also for a role recorded with its end date);</li>
 *   <li>a change that gives a current role an end date: {@code membership.ended};</li>
 *   <li>any other change (label, dates, sources, a mistaken end date removed): {@code membership.updated}.</li>
 * </ul>
 */
@ApplicationScoped
@Transactional
public class MembershipService {

    private final Outbox outbox;
    private final CurrentActor actor;
    private final OrganizationTree tree;

    public MembershipService(Outbox outbox, CurrentActor actor, OrganizationTree tree) {
        this.outbox = outbox;
        this.actor = actor;
        this.tree = tree;
    }

    public MembershipView start(MembershipRequests.Start request) {
        UUID id = request.id() == null ? UUID.randomUUID() : request.id();
        if (Membership.findById(id) != null) {
            throw alreadyRecorded(id);
        }
        MemberKind kind = requireOneMember(request);
        requireFits(request.role(), kind);
        if (kind == MemberKind.ORGANIZATION) {
            requireMemberOrganization(request.memberOrganizationId());
        } else {
            requirePerson(request.personId());
        }
        requireOrganization("organizationId", request.organizationId());
        actor.requireMayChange("membership " + id, tree.selfAndAncestors(request.organizationId()));
        requireOnBehalfOf(request.onBehalfOfId(), request.organizationId());
        requireOrdered(request.startDate(), request.endDate());
        Membership membership = new Membership();
        membership.id = id;
        membership.personId = request.personId();
        membership.memberOrganizationId = request.memberOrganizationId();
        membership.organizationId = request.organizationId();
        membership.role = request.role();
        membership.label = blankToNull(request.label());
        membership.onBehalfOfId = request.onBehalfOfId();
        membership.startDate = request.startDate();
        membership.endDate = request.endDate();
        membership.sources = sources(request.sources());
        membership.createdAt = now();
        membership.updatedAt = membership.createdAt;
        Inserts.persistNew(Membership.getEntityManager(), membership, "membership_pkey", () -> alreadyRecorded(id));
        outbox.append(EventTypes.MEMBERSHIP_STARTED, AggregateTypes.MEMBERSHIP, membership::toState);
        return MembershipView.of(membership);
    }

    /** @param ifMatch the request's If-Match header: the ETag of the version the client read */
    public MembershipView update(UUID id, String ifMatch, MembershipRequests.Update request) {
        Membership membership = require(id);
        actor.requireMayChange("membership " + id, tree.selfAndAncestors(membership.organizationId));
        Preconditions.requireIfMatch(ifMatch, membership.version);
        if (request.has("role") && request.getRole() == null) {
            throw ProblemException.badRequest("role", "must not be null; a role always has one");
        }
        boolean wasCurrent = membership.isCurrent();
        boolean changed = false;
        if (request.getRole() != null && request.getRole() != membership.role) {
            requireFits(request.getRole(), membership.memberKind());
            membership.role = request.getRole();
            changed = true;
        }
        if (request.has("label") && !Objects.equals(blankToNull(request.getLabel()), membership.label)) {
            membership.label = blankToNull(request.getLabel());
            changed = true;
        }
        if (request.has("onBehalfOfId") && !Objects.equals(request.getOnBehalfOfId(), membership.onBehalfOfId)) {
            requirePersonOnBehalfOf(membership.memberKind(), request.getOnBehalfOfId());
            requireOnBehalfOf(request.getOnBehalfOfId(), membership.organizationId);
            membership.onBehalfOfId = request.getOnBehalfOfId();
            changed = true;
        }
        PartialDate start = request.has("startDate") ? request.getStartDate() : membership.startDate;
        PartialDate end = request.has("endDate") ? request.getEndDate() : membership.endDate;
        if (!Objects.equals(start, membership.startDate) || !Objects.equals(end, membership.endDate)) {
            requireOrdered(start, end);
            membership.startDate = start;
            membership.endDate = end;
            changed = true;
        }
        if (request.has("sources")) {
            List<Source> sources = sources(request.getSources());
            if (!sources.equals(membership.sources)) {
                membership.sources = sources;
                changed = true;
            }
        }
        if (changed) {
            membership.updatedAt = now();
            String event = wasCurrent && !membership.isCurrent() ? EventTypes.MEMBERSHIP_ENDED
                    : EventTypes.MEMBERSHIP_UPDATED;
            outbox.append(event, AggregateTypes.MEMBERSHIP, membership::toState);
        }
        return MembershipView.of(membership);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MembershipView get(UUID id) {
        return MembershipView.of(require(id));
    }

    /**
     * @param organizationId only roles in this organisation
     * @param personId       only roles of this person
     * @param current        true: only roles without an end date; false: only ended roles
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<MembershipView> list(int limit, String cursor, UUID organizationId, UUID personId, Boolean current) {
        KeysetQuery query = KeysetQuery.oldestFirst(cursor);
        if (organizationId != null) {
            query.where("organizationId = ?", organizationId);
        }
        if (personId != null) {
            query.where("personId = ?", personId);
        }
        if (current != null) {
            query.where(current ? "endDate is null" : "endDate is not null");
        }
        KeysetQuery.Clause count = query.count();
        long total = Membership.count(count.text(), count.parameterArray());
        KeysetQuery.Clause page = query.page();
        List<Membership> rows = Membership.<Membership>find(page.text(), page.parameterArray()).page(0, limit + 1)
                .list();
        return KeysetPages.of(rows, limit, total, row -> new KeysetCursor(row.createdAt, row.id), MembershipView::of);
    }

    /** Exactly one member, and never the organisation joined: 400 naming the field, as the request alone shows. */
    private static MemberKind requireOneMember(MembershipRequests.Start request) {
        if (request.personId() == null && request.memberOrganizationId() == null) {
            throw ProblemException.badRequest("personId",
                    "a membership needs its member: a person (personId) or an organisation (memberOrganizationId)");
        }
        if (request.personId() != null && request.memberOrganizationId() != null) {
            throw ProblemException.badRequest("memberOrganizationId",
                    "a membership has one member: give personId or memberOrganizationId, not both");
        }
        if (request.memberOrganizationId() == null) {
            return MemberKind.PERSON;
        }
        if (request.memberOrganizationId().equals(request.organizationId())) {
            throw ProblemException.badRequest("memberOrganizationId", "an organisation is never a member of itself");
        }
        requirePersonOnBehalfOf(MemberKind.ORGANIZATION, request.onBehalfOfId());
        return MemberKind.ORGANIZATION;
    }

    private static void requireFits(MembershipRole role, MemberKind kind) {
        if (role != null && !role.fits(kind)) {
            String whose = kind == MemberKind.PERSON ? "a person" : "an organisation";
            throw ProblemException.badRequest("role", whose + "'s membership has one of the roles "
                    + MembershipRole.codesFor(kind) + ", not " + role.code());
        }
    }

    /** Speaking for another organisation is a person's; an organisation speaks for itself. */
    private static void requirePersonOnBehalfOf(MemberKind kind, UUID onBehalfOfId) {
        if (kind == MemberKind.ORGANIZATION && onBehalfOfId != null) {
            throw ProblemException.badRequest("onBehalfOfId",
                    "only a person's role is held on behalf of an organisation; leave it out for an organisation");
        }
    }

    /** A merged person stands for the one they were merged into: the role is recorded for that one. */
    private static void requirePerson(UUID id) {
        Person person = Person.findById(id);
        if (person == null) {
            throw ProblemException.unprocessable("personId", "no person " + id + " is registered");
        }
        if (person.mergedInto != null) {
            throw ProblemException.unprocessable("personId",
                    "person " + id + " is merged into " + person.mergedInto + "; record the role of that person");
        }
    }

    /** A merged record stands for its winner: the membership is recorded for the winner, or is of itself. */
    private static void requireMemberOrganization(UUID id) {
        Organization member = Organization.findById(id);
        if (member == null) {
            throw ProblemException.unprocessable("memberOrganizationId", "no organisation " + id + " is registered");
        }
        if (member.mergedInto != null) {
            throw ProblemException.unprocessable("memberOrganizationId",
                    "organisation " + id + " is merged into " + member.mergedInto + "; record the membership of that");
        }
    }

    private static void requireOrganization(String field, UUID id) {
        if (Organization.findById(id) == null) {
            throw ProblemException.unprocessable(field, "no organisation " + id + " is registered");
        }
    }

    private static void requireOnBehalfOf(UUID onBehalfOfId, UUID organizationId) {
        if (onBehalfOfId == null) {
            return;
        }
        if (onBehalfOfId.equals(organizationId)) {
            throw ProblemException.unprocessable("onBehalfOfId",
                    "is the role's own organisation; leave it out when the person speaks for the organisation itself");
        }
        requireOrganization("onBehalfOfId", onBehalfOfId);
    }

    private static void requireOrdered(PartialDate start, PartialDate end) {
        if (!Dates.ordered(start, end)) {
            throw ProblemException.unprocessable("endDate", "must not be before startDate (" + start + ")");
        }
    }

    private static List<Source> sources(List<SourceInput> inputs) {
        return new ArrayList<>(Inputs.map(inputs, SourceInput::toSource).stream().distinct().toList());
    }

    private static IdTaken alreadyRecorded(UUID id) {
        return new IdTaken("membership " + id + " is already recorded", id);
    }

    private static Membership require(UUID id) {
        Membership membership = Membership.findById(id);
        if (membership == null) {
            throw ProblemException.notFound("membership", id);
        }
        return membership;
    }
}
