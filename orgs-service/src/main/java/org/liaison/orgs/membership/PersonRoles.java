package org.liaison.orgs.membership;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.liaison.contracts.PartialDate;
import org.liaison.contracts.Source;
import org.liaison.orgs.organization.Organization;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The roles of one person as their page shows them: current and past, each with its organisations' names. */
@ApplicationScoped
public class PersonRoles {

    /** An organisation a role refers to, with its names as they are now. */
    @Schema(name = "RoleOrganization")
    public record OrganizationRef(UUID id, String nameAr, String nameEn) {
    }

    /** One role; {@code onBehalfOf} is null when the person speaks for the organisation itself. */
    @Schema(name = "PersonRole")
    public record Role(UUID membershipId, long version, OrganizationRef organization, MembershipRole role, String label,
                       OrganizationRef onBehalfOf, PartialDate startDate, PartialDate endDate, List<Source> sources) {
    }

    /**
     * @param current the roles without an end date, latest start first
     * @param past    the ended roles, latest end first
     */
    @Schema(name = "PersonRoles")
    public record Roles(List<Role> current, List<Role> past) {
        public static final Roles NONE = new Roles(List.of(), List.of());
    }

    /** Latest first; an unknown date sorts last; among equal dates the earlier recorded first. */
    private static Comparator<Membership> latestFirst(Function<Membership, PartialDate> date) {
        return Comparator.comparing(date, Comparator.nullsFirst(Comparator.<PartialDate>naturalOrder())).reversed()
                .thenComparing(m -> m.createdAt).thenComparing(m -> m.id);
    }

    public Roles of(UUID personId) {
        List<Membership> memberships = Membership.list("personId", personId);
        if (memberships.isEmpty()) {
            return Roles.NONE;
        }
        Set<UUID> ids = new HashSet<>();
        for (Membership m : memberships) {
            ids.add(m.organizationId);
            if (m.onBehalfOfId != null) {
                ids.add(m.onBehalfOfId);
            }
        }
        Map<UUID, OrganizationRef> organizations = Organization.<Organization>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(o -> o.id, o -> new OrganizationRef(o.id, o.nameAr, o.nameEn)));
        Function<Membership, Role> role = m -> new Role(m.id, m.version, ref(organizations, m.organizationId), m.role,
                m.label, m.onBehalfOfId == null ? null : ref(organizations, m.onBehalfOfId), m.startDate, m.endDate,
                List.copyOf(m.sources));
        List<Role> current = memberships.stream().filter(Membership::isCurrent)
                .sorted(latestFirst(m -> m.startDate)).map(role).toList();
        List<Role> past = memberships.stream().filter(m -> !m.isCurrent())
                .sorted(latestFirst(m -> m.endDate)).map(role).toList();
        return new Roles(current, past);
    }

    private static OrganizationRef ref(Map<UUID, OrganizationRef> organizations, UUID id) {
        return organizations.getOrDefault(id, new OrganizationRef(id, null, null));
    }
}
