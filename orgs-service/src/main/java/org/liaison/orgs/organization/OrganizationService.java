package org.liaison.orgs.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hibernate.jpa.HibernateHints;
import org.liaison.contracts.AggregateTypes;
import org.liaison.contracts.EventTypes;
import org.liaison.contracts.OrganizationState;
import org.liaison.orgs.common.IdTaken;
import org.liaison.orgs.common.NameIndex;
import org.liaison.orgs.instrument.InstrumentCatalogues;
import org.liaison.sources.instruments.InstrumentCatalogue;
import org.liaison.sources.instruments.InstrumentResolution;
import org.liaison.support.http.Preconditions;
import org.liaison.support.outbox.Outbox;
import org.liaison.support.paging.KeysetCursor;
import org.liaison.support.paging.KeysetPages;
import org.liaison.support.paging.KeysetQuery;
import org.liaison.support.paging.Page;
import org.liaison.support.paging.PageTotal;
import org.liaison.support.paging.PageTotals;
import org.liaison.support.persistence.CustomPlans;
import org.liaison.support.persistence.Inserts;
import org.liaison.support.problem.ProblemException;
import org.liaison.support.security.CurrentActor;
import org.liaison.support.text.NameSearch;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import static org.liaison.support.text.Timestamps.now;

/** The transaction boundary of organisation changes: each change and its event commit together. */
@ApplicationScoped
@Transactional
public class OrganizationService {

    private final Outbox outbox;
    private final CurrentActor actor;
    private final OrganizationNames names;
    private final OrganizationTree tree;
    private final PageTotals totals;
    private final InstrumentCatalogues instruments;

    public OrganizationService(Outbox outbox, CurrentActor actor, OrganizationNames names, OrganizationTree tree,
                               PageTotals totals, InstrumentCatalogues instruments) {
        this.instruments = instruments;
        this.outbox = outbox;
        this.actor = actor;
        this.names = names;
        this.tree = tree;
        this.totals = totals;
    }

    public OrganizationView register(OrganizationRequests.Register request) {
        Organization organization = candidate(request);
        if (!Boolean.TRUE.equals(request.distinct())) {
            names.requireUnregistered(organization);
        }
        store(organization);
        return OrganizationView.of(organization, instruments.current());
    }

    /**
     * Registers as {@link #register} does, except that a name that is already a stored organisation's is not
     * refused: nothing is written and the clash is returned. For the importer, which matches such a record to the
     * stored one, or registers it as distinct when the stored one is a record of its own file; it learns of the clash
     * from this result, not from a 409 read back.
     *
     * @return the stored name the request's clashes with; empty when the organisation was registered
     */
    public Optional<NameIndex.Clash> registerUnlessNameTaken(OrganizationRequests.Register request) {
        Organization organization = candidate(request);
        Optional<NameIndex.Clash> clash = Boolean.TRUE.equals(request.distinct()) ? Optional.empty()
                : names.firstClash(organization);
        if (clash.isEmpty()) {
            store(organization);
        }
        return clash;
    }

    /** The organisation a registration asks for, checked but for its names, not yet stored. */
    private Organization candidate(OrganizationRequests.Register request) {
        UUID id = request.id() == null ? UUID.randomUUID() : request.id();
        if (Organization.findById(id) != null) {
            throw alreadyRegistered(id);
        }
        OrganizationFields fields = OrganizationFields.of(request, instruments.current()).requireConsistent();
        if (fields.parentId() != null) {
            tree.requireParentFor(id, fields.parentId());
        }
        Organization organization = new Organization();
        organization.id = id;
        fields.assignTo(organization);
        return organization;
    }

    private void store(Organization organization) {
        organization.createdAt = now();
        organization.updatedAt = organization.createdAt;
        organization.searchKeys = OrganizationNames.searchKeys(organization);
        Inserts.persistNew(Organization.getEntityManager(), organization, "organization_pkey",
                () -> alreadyRegistered(organization.id));
        names.indexNew(organization);
        outbox.append(EventTypes.ORGANIZATION_REGISTERED, AggregateTypes.ORGANIZATION, organization::toState);
    }

    /** PUT: every field replaced by the request's, absent ones cleared. */
    public OrganizationView replace(UUID id, String ifMatch, OrganizationRequests.Register request) {
        if (request.id() != null && !request.id().equals(id)) {
            throw ProblemException.unprocessable("id", "must be absent or " + id);
        }
        return change(id, ifMatch, organization -> OrganizationFields.of(request, instruments.current()));
    }

    /** PATCH: the fields the request gives replace the current ones. */
    public OrganizationView update(UUID id, String ifMatch, OrganizationRequests.Update request) {
        return change(id, ifMatch, organization -> OrganizationFields.of(organization).with(request,
                instruments.current()));
    }

    /**
     * @param ifMatch the request's If-Match header: the ETag of the version the client read
     * @return the organisation after the change; its event says what kind of change it was
     */
    private OrganizationView change(UUID id, String ifMatch, Function<Organization, OrganizationFields> edit) {
        Organization organization = requireCurrent(id);
        // An office edits its own record and those of its units.
        actor.requireMayChange("organization " + id, tree.selfAndAncestors(id));
        Preconditions.requireIfMatch(ifMatch, organization.version);
        OrganizationFields fields = edit.apply(organization).requireConsistent();
        if (fields.parentId() != null && !fields.parentId().equals(organization.parentId)) {
            tree.requireParentFor(id, fields.parentId());
        }
        OrganizationState before = organization.toState();
        fields.assignTo(organization);
        if (!fields.nameAr().equals(before.nameAr())) {
            OrganizationNames.keepFormerName(organization, before.nameAr());
        }
        if (fields.nameEn() != null && !fields.nameEn().equals(before.nameEn())) {
            OrganizationNames.keepFormerName(organization, before.nameEn());
        }
        OrganizationState after = organization.toState();
        if (!after.equals(before)) {
            organization.updatedAt = now();
            names.index(organization);
            outbox.append(changeType(before, after), AggregateTypes.ORGANIZATION, organization::toState);
        }
        return OrganizationView.of(organization, instruments.current());
    }

    /** The event type that names the change best: a dissolution, then a new name, else an update. */
    private static String changeType(OrganizationState before, OrganizationState after) {
        if (before.active() && !after.active()) {
            return EventTypes.ORGANIZATION_DISSOLVED;
        }
        if (!after.nameAr().equals(before.nameAr()) || !Objects.equals(after.nameEn(), before.nameEn())) {
            return EventTypes.ORGANIZATION_RENAMED;
        }
        return EventTypes.ORGANIZATION_UPDATED;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrganizationView get(UUID id) {
        return OrganizationView.of(require(id), instruments.current());
    }

    /**
     * Organisations that match every filter given; merged organisations are left out (their names are the
     * winner's other names).
     */
    @Transactional
    public Page<OrganizationView> list(int limit, String cursor, OrganizationFilter filter) {
        // Each condition twice: in HQL for the page, in SQL for the total (PageTotals counts and estimates in SQL).
        KeysetQuery query = KeysetQuery.oldestFirst(cursor);
        List<String> patterns = NameSearch.of(filter.q()).map(NameSearch::distinctPatterns).orElse(List.of());
        if (!patterns.isEmpty()) {
            // A common word's page walks the oldest organisations, a rare word's reads its trigram matches: the
            // generic plan of a prepared statement, blind to the pattern, sorted every match of a common word first.
            CustomPlans.forThisTransaction(Organization.getEntityManager());
            if (patterns.size() == 1) {
                query.where("searchKeys like ?", patterns.get(0)).sql("o.search_keys like ?", patterns.get(0));
            } else {
                query.where("(searchKeys like ? or searchKeys like ?)", patterns.get(0), patterns.get(1))
                        .sql("(o.search_keys like ? or o.search_keys like ?)", patterns.get(0), patterns.get(1));
            }
        }
        query.where("mergedInto is null").sql("o.merged_into is null");
        if (filter.kind() != null) {
            query.where("kind = ?", filter.kind()).sql("o.kind = ?", filter.kind().code());
        }
        if (filter.parentId() != null) {
            query.where("parentId = ?", filter.parentId()).sql("o.parent_id = ?", filter.parentId());
        }
        if (filter.country() != null) {
            query.where("country = ?", filter.country()).sql("o.country = ?", filter.country());
        }
        if (filter.active() != null) {
            query.where("active = ?", filter.active()).sql("o.active = ?", filter.active());
        }
        InstrumentCatalogue catalogue = instruments.current();
        if (filter.instrument() != null) {
            String instrument = instrumentId(filter.instrument(), catalogue);
            // Hibernate's array_position (0 when absent) takes the varchar parameter; its array_contains would compare
            // text[] @> varchar[], which PostgreSQL has no operator for. The count's SQL can use the GIN index.
            query.where("array_position(instruments, ?) > 0", instrument)
                    .sql("o.instruments @> array[cast(? as text)]", instrument);
        }
        KeysetQuery.Clause count = query.sqlCount();
        PageTotal total = totals.count("from organization o " + count.text(), count.parameters());
        KeysetQuery.Clause page = query.page();
        List<Organization> rows = Organization.<Organization>find(page.text(), page.parameterArray()).page(0, limit + 1)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
        return KeysetPages.of(rows, limit, total, row -> new KeysetCursor(row.createdAt, row.id),
                row -> OrganizationView.of(row, catalogue));
    }

    /** The catalogue id a filter names: an id, or a text that names exactly one instrument. */
    private static String instrumentId(String raw, InstrumentCatalogue catalogue) {
        InstrumentResolution resolution = catalogue.reference(raw);
        if (resolution.resolved().size() != 1 || !resolution.unresolved().isEmpty()) {
            throw ProblemException.badRequest("instrument",
                    "must be an instrument id such as unsc-1325, or a text naming exactly one instrument («سيداو»)");
        }
        return resolution.ids().get(0);
    }

    private static IdTaken alreadyRegistered(UUID id) {
        return new IdTaken("organization " + id + " is already registered", id);
    }

    /** The organisations below {@code id}, with their distance from it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrganizationTree.Unit> units(UUID id) {
        require(id);
        return tree.units(id);
    }

    /** An organisation that is not merged into another: only those can change. */
    private static Organization requireCurrent(UUID id) {
        Organization organization = require(id);
        if (organization.mergedInto != null) {
            throw ProblemException.conflict("organization " + id + " is merged into " + organization.mergedInto
                    + "; change that one, or undo the merge", Map.of("mergedInto", organization.mergedInto));
        }
        return organization;
    }

    static Organization require(UUID id) {
        Organization organization = Organization.findById(id);
        if (organization == null) {
            throw ProblemException.notFound("organization", id);
        }
        return organization;
    }
}
