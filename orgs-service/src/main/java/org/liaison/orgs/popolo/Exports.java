package org.liaison.orgs.popolo;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.liaison.orgs.membership.Membership;
import org.liaison.orgs.membership.OrganizationMemberships;
import org.liaison.orgs.model.Person;
import org.liaison.orgs.organization.Organization;

import java.util.List;

/**
 * Reads everything an export holds in one repeatable-read transaction, so that the roles in it refer only to the
 * people and organisations in it even while others write. Records are ordered by id, so two exports of the same
 * data are identical. Organisations and people merged into another are left out: their names are among the
 * winner's other names (note "merged from …"), and their units and roles were moved to the winner by the merge; a
 * membership between the winner and the merged organisation, which the merge left where it was, is left out with it.
 */
@ApplicationScoped
public class Exports {

    private final EntityManager entityManager;
    private final CsvWriter csv;

    public Exports(EntityManager entityManager, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.csv = new CsvWriter(mapper);
    }

    @Transactional
    public Popolo.Document popolo() {
        snapshot();
        return new Popolo.Document(organizations().stream().map(PopoloWriter::organization).toList(),
                Person.<Person>list("mergedInto is null order by id").stream().map(PopoloWriter::person).toList(),
                memberships().stream().map(PopoloWriter::membership).toList());
    }

    @Transactional
    public String csv(CsvTable table) {
        snapshot();
        return switch (table) {
            case ORGANIZATIONS -> csv.organizations(organizations());
            case PERSONS -> csv.persons(Person.list("mergedInto is null order by id"));
            case MEMBERSHIPS -> csv.memberships(memberships());
        };
    }

    private static List<Organization> organizations() {
        return Organization.list("mergedInto is null order by id");
    }

    private static List<Membership> memberships() {
        return Membership.list("from Membership m where " + OrganizationMemberships.STANDING + " order by m.id");
    }

    /** Must be the transaction's first statement. */
    private void snapshot() {
        entityManager.createNativeQuery("set transaction isolation level repeatable read, read only").executeUpdate();
    }
}
