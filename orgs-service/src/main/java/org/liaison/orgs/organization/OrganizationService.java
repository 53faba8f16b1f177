package org.liaison.orgs.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.liaison.contracts.AggregateTypes;
import org.liaison.contracts.EventTypes;
import org.liaison.names.ArabicNames;
import org.liaison.support.http.Preconditions;
import org.liaison.support.outbox.Outbox;
import org.liaison.support.paging.KeysetCursor;
import org.liaison.support.paging.KeysetPages;
import org.liaison.support.paging.Page;
import org.liaison.support.problem.ProblemException;
import org.liaison.support.security.CurrentActor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.liaison.support.text.Texts.blankToNull;
import static org.liaison.support.text.Timestamps.now;

/** The transaction boundary of organisation changes: each change and its event commit together. */
@ApplicationScoped
@Transactional
public class OrganizationService {

    private final Outbox outbox;
    private final CurrentActor actor;
    private final OrganizationNames names;
    private final OrganizationTree tree;

    public OrganizationService(Outbox outbox, CurrentActor actor, OrganizationNames names, OrganizationTree tree) {
        this.outbox = outbox;
        this.actor = actor;
        this.names = names;
        this.tree = tree;
    }

    public OrganizationView register(OrganizationRequests.Register request) {
        UUID id = request.id() == null ? UUID.randomUUID() : request.id();
        if (Organization.findById(id) != null) {
            throw ProblemException.conflict("organization " + id + " is already registered", Map.of("existingId", id));
        }
        Organization organization = new Organization();
        organization.id = id;
        organization.kind = request.kind();
        organization.nameAr = request.nameAr().strip();
        organization.nameEn = blankToNull(request.nameEn());
        organization.shortNames = cleanShortNames(request.shortNames());
        if (request.parentId() != null) {
            tree.requireParentFor(id, request.parentId());
            organization.parentId = request.parentId();
            organization.parentRelation = relationOrDefault(request.parentRelation());
        }
        if (!Boolean.TRUE.equals(request.distinct())) {
            names.requireUnregistered(organization);
        }
        organization.createdAt = now();
        organization.updatedAt = organization.createdAt;
        organization.persist();
        names.index(organization);
        outbox.append(EventTypes.ORGANIZATION_REGISTERED, AggregateTypes.ORGANIZATION, organization::toState);
        return OrganizationView.of(organization);
    }

    /** @param ifMatch the request's If-Match header: the ETag of the version the client read */
    public OrganizationView update(UUID id, String ifMatch, OrganizationRequests.Update request) {
        Organization organization = require(id);
        // An office edits its own record and those of its units.
        actor.requireMayChange("organization " + id, tree.selfAndAncestors(id));
        Preconditions.requireIfMatch(ifMatch, organization.version);
        boolean changed = false;
        if (request.kind() != null && request.kind() != organization.kind) {
            organization.kind = request.kind();
            changed = true;
        }
        if (request.nameAr() != null && !request.nameAr().strip().equals(organization.nameAr)) {
            organization.nameAr = request.nameAr().strip();
            changed = true;
        }
        if (request.nameEn() != null && !request.nameEn().strip().equals(organization.nameEn == null ? "" : organization.nameEn)) {
            organization.nameEn = blankToNull(request.nameEn());
            changed = true;
        }
        List<String> shortNames = request.shortNames() == null ? null : cleanShortNames(request.shortNames());
        if (shortNames != null && !shortNames.equals(organization.shortNames)) {
            organization.shortNames = shortNames;
            changed = true;
        }
        if (request.parentId() != null && !request.parentId().equals(organization.parentId)) {
            tree.requireParentFor(id, request.parentId());
            organization.parentId = request.parentId();
            organization.parentRelation = relationOrDefault(request.parentRelation());
            changed = true;
        } else if (request.parentRelation() != null && organization.parentId != null
                && request.parentRelation() != organization.parentRelation) {
            organization.parentRelation = request.parentRelation();
            changed = true;
        }
        if (changed) {
            organization.updatedAt = now();
            names.index(organization);
            outbox.append(EventTypes.ORGANIZATION_UPDATED, AggregateTypes.ORGANIZATION, organization::toState);
        }
        return OrganizationView.of(organization);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrganizationView get(UUID id) {
        return OrganizationView.of(require(id));
    }

    /**
     * @param q    any spelling of any of its names, Arabic or English (folded by the shared normaliser)
     * @param kind only organisations of this kind
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OrganizationView> list(int limit, String cursor, String q, OrganizationKind kind) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        String key = q == null ? "" : ArabicNames.searchKey(q);
        if (!key.isEmpty()) {
            params.add("%" + likeEscaped(key) + "%");
            where.add("id in (select n.organizationId from OrganizationName n where n.searchKey like ?" + params.size() + ")");
        }
        if (kind != null) {
            params.add(kind);
            where.add("kind = ?" + params.size());
        }
        String filter = String.join(" and ", where);
        long total = filter.isEmpty() ? Organization.count() : Organization.count(filter, params.toArray());
        KeysetCursor after = KeysetCursor.decode(cursor);
        if (after != null) {
            params.add(after.after());
            params.add(after.afterId());
            where.add("(createdAt > ?%d or (createdAt = ?%d and id > ?%d))".formatted(params.size() - 1, params.size() - 1, params.size()));
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where) + " ") + KeysetPages.ORDER;
        List<Organization> rows = Organization.<Organization>find(query, params.toArray()).page(0, limit + 1).list();
        return KeysetPages.of(rows, limit, total, row -> new KeysetCursor(row.createdAt, row.id), OrganizationView::of);
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The organisations below {@code id}, with their distance from it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrganizationTree.Unit> units(UUID id) {
        require(id);
        return tree.units(id);
    }

    private static ParentRelation relationOrDefault(ParentRelation relation) {
        return relation == null ? ParentRelation.UNIT_OF : relation;
    }

    /** Short names as written, without blanks or repeats. */
    private static List<String> cleanShortNames(List<String> shortNames) {
        return shortNames == null ? new ArrayList<>()
                : new ArrayList<>(shortNames.stream().map(String::strip).filter(n -> !n.isEmpty()).distinct().toList());
    }

    private static Organization require(UUID id) {
        Organization organization = Organization.findById(id);
        if (organization == null) {
            throw ProblemException.notFound("organization", id);
        }
        return organization;
    }
}
