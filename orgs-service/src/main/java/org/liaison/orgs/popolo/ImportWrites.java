package org.liaison.orgs.popolo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.liaison.orgs.common.NameIndex;
import org.liaison.orgs.instrument.InstrumentCatalogues;
import org.liaison.orgs.membership.Membership;
import org.liaison.orgs.membership.MembershipRequests;
import org.liaison.orgs.membership.MembershipService;
import org.liaison.orgs.model.Person;
import org.liaison.orgs.organization.Organization;
import org.liaison.orgs.organization.OrganizationRequests;
import org.liaison.orgs.organization.OrganizationService;
import org.liaison.orgs.person.PersonRequests;
import org.liaison.orgs.person.PersonService;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Imported records: each looked up by id and compared, or registered through its domain service (validation, name
 * checks, event in the outbox). A chunk of records is written in one transaction ({@link #chunk}), which commits
 * them and their events at once; a refusal (ProblemException) or a name clash in it rolls the whole chunk back, and
 * the importer then writes its records one by one, each in a transaction of its own ({@link #organization} and the
 * others), so a record is written whole or not at all and never takes others down with it. A name clash is a result,
 * {@link Result#NAME_CLASH}, not a refusal: the importer settles it (matched, or registered as distinct) by what
 * the records before it became.
 */
@ApplicationScoped
public class ImportWrites {

    enum Result { CREATED, MATCHED, DIFFERENT, MERGED, NAME_CLASH }

    /**
     * @param id          the record's id, the record it was merged into for MERGED, or the stored record whose
     *                    name it has for NAME_CLASH (then nothing was written)
     * @param matchedName for NAME_CLASH, the stored name it has
     */
    record Written(Result result, UUID id, List<String> differences, String matchedName) {

        Written(Result result, UUID id, List<String> differences) {
            this(result, id, differences, null);
        }

        static Written nameClash(NameIndex.Clash clash) {
            return new Written(Result.NAME_CLASH, clash.owner(), List.of(), clash.name());
        }
    }

    /**
     * Rolls a chunk back at its first name clash: whether the record is matched or registered as distinct depends
     * on what the records before it became, which the importer settles writing them one by one. No stack trace: it
     * is an answer, not a failure.
     */
    static final class NameClashInChunk extends RuntimeException {

        NameClashInChunk(Written clash) {
            super("a record's name is already the name of " + clash.id(), null, false, false);
        }
    }

    private final OrganizationService organizations;
    private final PersonService persons;
    private final MembershipService memberships;
    private final InstrumentCatalogues instruments;

    public ImportWrites(OrganizationService organizations, PersonService persons, MembershipService memberships,
                        InstrumentCatalogues instruments) {
        this.instruments = instruments;
        this.organizations = organizations;
        this.persons = persons;
        this.memberships = memberships;
    }

    /** The records' writes (the {@code ...InChunk} methods below) in one transaction, all or nothing. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<Written> chunk(List<Supplier<Written>> records) {
        List<Written> written = new ArrayList<>(records.size());
        for (Supplier<Written> record : records) {
            Written one = record.get();
            if (one.result() == Result.NAME_CLASH) {
                throw new NameClashInChunk(one);
            }
            written.add(one);
        }
        return written;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Written organization(OrganizationRequests.Register request) {
        return organizationInChunk(request);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Written person(PersonRequests.Register request) {
        return personInChunk(request);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Written membership(MembershipRequests.Start request) {
        return membershipInChunk(request);
    }

    /** In the caller's transaction: only from {@link #chunk}. */
    Written organizationInChunk(OrganizationRequests.Register request) {
        Organization stored = Organization.findById(request.id());
        if (stored == null) {
            return organizations.registerUnlessNameTaken(request).map(Written::nameClash)
                    .orElseGet(() -> new Written(Result.CREATED, request.id(), List.of()));
        }
        if (stored.mergedInto != null) {
            return new Written(Result.MERGED, stored.mergedInto, List.of());
        }
        return compared(request.id(), SameData.organization(request, stored, instruments.current()));
    }

    Written personInChunk(PersonRequests.Register request) {
        Person stored = Person.findById(request.id());
        if (stored == null) {
            return persons.registerUnlessNameTaken(request).map(Written::nameClash)
                    .orElseGet(() -> new Written(Result.CREATED, request.id(), List.of()));
        }
        if (stored.mergedInto != null) {
            return new Written(Result.MERGED, stored.mergedInto, List.of());
        }
        return compared(request.id(), SameData.person(request, stored));
    }

    Written membershipInChunk(MembershipRequests.Start request) {
        Membership stored = Membership.findById(request.id());
        if (stored == null) {
            memberships.start(request);
            return new Written(Result.CREATED, request.id(), List.of());
        }
        return compared(request.id(), SameData.membership(request, stored));
    }

    private static Written compared(UUID id, List<String> differences) {
        return new Written(differences.isEmpty() ? Result.MATCHED : Result.DIFFERENT, id, differences);
    }
}
