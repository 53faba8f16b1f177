package org.liaison.contracts;

import java.util.List;
import java.util.UUID;

/**
 * The full current state of a membership, carried by every {@code membership.*} event: a role a person holds in an
 * organisation, or an organisation's membership of another (a party of the Syrian Democratic Council, a component
 * of the Negotiation Commission, an organisation under a coalition's umbrella).
 *
 * @param personId             the member when it is a person; null when the member is an organisation
 * @param organizationId       the organisation joined
 * @param role                 a code of the closed list (co_chair, president, executive_director, co_director,
 *                             director, board_member, member, representative, spokesperson, founding_member,
 *                             observer, component)
 * @param label                the role as the source words it («مدير التخطيط السياسي والعلاقات الحكومية»)
 * @param onBehalfOfId         the organisation the person speaks for in this role, when not the organisation itself
 * @param endDate              null while the membership lasts
 * @param memberKind           {@value #PERSON} or {@value #ORGANIZATION}; events written before organisations
 *                             could be members lack it and read as {@value #PERSON}
 * @param memberOrganizationId the member when it is an organisation; null for a person
 */
public record MembershipState(UUID id, long version, UUID personId, UUID organizationId, String role, String label,
                              UUID onBehalfOfId, PartialDate startDate, PartialDate endDate, List<Source> sources,
                              String memberKind, UUID memberOrganizationId)
        implements AggregateState {

    /** {@code memberKind} of a person's role. */
    public static final String PERSON = "person";
    /** {@code memberKind} of an organisation's membership of another. */
    public static final String ORGANIZATION = "organization";

    public MembershipState {
        sources = sources == null ? List.of() : List.copyOf(sources);
        if (memberKind == null) {
            memberKind = memberOrganizationId == null ? PERSON : ORGANIZATION;
        }
    }
}
