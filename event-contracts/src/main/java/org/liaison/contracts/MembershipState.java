package org.liaison.contracts;

import java.util.List;
import java.util.UUID;

/**
 * The full current state of a role a person holds in an organisation, carried by every
 * {@code membership.*} event.
 *
 * @param role         a code of the closed list (co_chair, president, executive_director, co_director,
 *                     director, board_member, member, representative, spokesperson)
 * @param label        the role as the source words it («مدير التخطيط السياسي والعلاقات الحكومية»)
 * @param onBehalfOfId the organisation the person speaks for in this role, when not the organisation itself
 * @param endDate      null while the role is held
 */
public record MembershipState(UUID id, long version, UUID personId, UUID organizationId, String role, String label,
                              UUID onBehalfOfId, PartialDate startDate, PartialDate endDate, List<Source> sources)
        implements AggregateState {

    public MembershipState {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
