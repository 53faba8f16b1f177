package org.liaison.orgs.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.liaison.contracts.AggregateTypes;
import org.liaison.contracts.EventTypes;
import org.liaison.support.http.Preconditions;
import org.liaison.support.outbox.Outbox;
import org.liaison.support.paging.KeysetCursor;
import org.liaison.support.paging.KeysetPages;
import org.liaison.support.paging.Page;
import org.liaison.support.problem.ProblemException;
import org.liaison.support.security.CurrentActor;

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

    public OrganizationService(Outbox outbox, CurrentActor actor) {
        this.outbox = outbox;
        this.actor = actor;
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
        organization.createdAt = now();
        organization.updatedAt = organization.createdAt;
        organization.persist();
        outbox.append(EventTypes.ORGANIZATION_REGISTERED, AggregateTypes.ORGANIZATION, organization::toState);
        return OrganizationView.of(organization);
    }

    /** @param ifMatch the request's If-Match header: the ETag of the version the client read */
    public OrganizationView update(UUID id, String ifMatch, OrganizationRequests.Update request) {
        Organization organization = require(id);
        // An office edits its own record (and, once hierarchies exist, its units).
        actor.requireMayChange("organization " + id, List.of(organization.id));
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
        if (changed) {
            organization.updatedAt = now();
            outbox.append(EventTypes.ORGANIZATION_UPDATED, AggregateTypes.ORGANIZATION, organization::toState);
        }
        return OrganizationView.of(organization);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrganizationView get(UUID id) {
        return OrganizationView.of(require(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OrganizationView> list(int limit, String cursor) {
        KeysetCursor after = KeysetCursor.decode(cursor);
        List<Organization> rows = after == null
                ? Organization.find(KeysetPages.ORDER).page(0, limit + 1).list()
                : Organization.find(KeysetPages.AFTER_CURSOR + " " + KeysetPages.ORDER, after.after(), after.afterId())
                        .page(0, limit + 1).list();
        return KeysetPages.of(rows, limit, Organization.count(), row -> new KeysetCursor(row.createdAt, row.id), OrganizationView::of);
    }

    private static Organization require(UUID id) {
        Organization organization = Organization.findById(id);
        if (organization == null) {
            throw ProblemException.notFound("organization", id);
        }
        return organization;
    }
}
