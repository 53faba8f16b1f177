package org.liaison.orgs.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.liaison.orgs.model.Person;
import org.liaison.orgs.organization.Organization;
import org.liaison.support.paging.KeysetCursor;
import org.liaison.support.paging.KeysetPages;
import org.liaison.support.paging.KeysetQuery;
import org.liaison.support.paging.Page;
import org.liaison.support.problem.ProblemException;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The two lists of an organisation's memberships: its members (people and organisations) and the organisations it
 * belongs to, in the order they were recorded. A membership a merge left pointing at the merged record (it would
 * have made the winner a member of itself, see {@code OrganizationMerges}) is in neither list while the merge
 * stands: the merged record is the winner, and a body's membership of itself says nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrganizationMemberships {

    /**
     * HQL: neither side of the membership {@code m} is a merged record. Only a membership a merge kept can fail it;
     * the lists and the exports leave those out.
     */
    public static final String STANDING = "not exists (select 1 from Organization o where o.mergedInto is not null"
            + " and (o.id = m.organizationId or o.id = m.memberOrganizationId))";

    /**
     * @param current true: only memberships without an end date; false: only ended ones; null: both
     */
    public Page<OrganizationMembershipView> members(UUID organizationId, int limit, String cursor, Boolean current) {
        require(organizationId);
        KeysetQuery query = KeysetQuery.oldestFirst(cursor).alias("m");
        query.where("m.organizationId = ?", organizationId);
        return page(query, limit, current);
    }

    /** The organisations this one is a member of. */
    public Page<OrganizationMembershipView> membershipsOf(UUID organizationId, int limit, String cursor,
                                                          Boolean current) {
        require(organizationId);
        KeysetQuery query = KeysetQuery.oldestFirst(cursor).alias("m");
        query.where("m.memberOrganizationId = ?", organizationId);
        return page(query, limit, current);
    }

    private static Page<OrganizationMembershipView> page(KeysetQuery query, int limit, Boolean current) {
        query.where(STANDING);
        if (current != null) {
            query.where(current ? "m.endDate is null" : "m.endDate is not null");
        }
        KeysetQuery.Clause count = query.count();
        TypedQuery<Long> total = Membership.getEntityManager()
                .createQuery("select count(m) from Membership m " + count.text(), Long.class);
        long totalRows = count.bind(total).getSingleResult();
        KeysetQuery.Clause page = query.page();
        List<Membership> rows = Membership.<Membership>find("from Membership m " + page.text(),
                page.parameterArray()).page(0, limit + 1).list();
        Names names = Names.of(rows);
        return KeysetPages.of(rows, limit, totalRows, row -> new KeysetCursor(row.createdAt, row.id),
                m -> new OrganizationMembershipView(m.id, m.version, names.member(m),
                        names.organization(m.organizationId), m.role, m.label, m.startDate, m.endDate, m.isCurrent(),
                        List.copyOf(m.sources)));
    }

    /** Both sides of a page's rows with their names, in two queries; a person and an organisation may share an id. */
    private record Names(Map<UUID, Person> people, Map<UUID, Organization> organizations) {

        static Names of(List<Membership> rows) {
            Set<UUID> organizations = new HashSet<>();
            Set<UUID> people = new HashSet<>();
            for (Membership m : rows) {
                organizations.add(m.organizationId);
                if (m.memberOrganizationId != null) {
                    organizations.add(m.memberOrganizationId);
                } else {
                    people.add(m.personId);
                }
            }
            Map<UUID, Organization> o = new HashMap<>();
            if (!organizations.isEmpty()) {
                Organization.<Organization>list("id in ?1", organizations).forEach(org -> o.put(org.id, org));
            }
            Map<UUID, Person> p = new HashMap<>();
            if (!people.isEmpty()) {
                Person.<Person>list("id in ?1", people).forEach(person -> p.put(person.id, person));
            }
            return new Names(p, o);
        }

        OrganizationMembershipView.Party member(Membership m) {
            if (m.memberOrganizationId != null) {
                return organization(m.memberOrganizationId);
            }
            Person p = people.get(m.personId);
            return new OrganizationMembershipView.Party(MemberKind.PERSON, m.personId, p == null ? null : p.nameAr,
                    p == null ? null : p.nameEn);
        }

        OrganizationMembershipView.Party organization(UUID id) {
            Organization o = organizations.get(id);
            return new OrganizationMembershipView.Party(MemberKind.ORGANIZATION, id, o == null ? null : o.nameAr,
                    o == null ? null : o.nameEn);
        }
    }

    private static void require(UUID organizationId) {
        if (Organization.findById(organizationId) == null) {
            throw ProblemException.notFound("organization", organizationId);
        }
    }
}
