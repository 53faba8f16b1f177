package org.liaison.orgs.membership;

import org.liaison.contracts.PartialDate;
import org.liaison.contracts.Source;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A membership as the API shows it; {@code current} while it has no end date. The member is {@code personId} or,
 * when {@code memberKind} is {@code organization}, {@code memberOrganizationId}.
 */
public record MembershipView(UUID id, long version, MemberKind memberKind, UUID personId, UUID memberOrganizationId,
                             UUID organizationId, MembershipRole role, String label, UUID onBehalfOfId,
                             PartialDate startDate, PartialDate endDate, boolean current, List<Source> sources,
                             Instant createdAt, Instant updatedAt) {

    static MembershipView of(Membership m) {
        return new MembershipView(m.id, m.version, m.memberKind(), m.personId, m.memberOrganizationId,
                m.organizationId, m.role, m.label, m.onBehalfOfId, m.startDate, m.endDate, m.isCurrent(),
                List.copyOf(m.sources), m.createdAt, m.updatedAt);
    }
}
