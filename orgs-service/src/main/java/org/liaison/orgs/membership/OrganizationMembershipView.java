package org.liaison.orgs.membership;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.liaison.contracts.PartialDate;
import org.liaison.contracts.Source;

import java.util.List;
import java.util.UUID;

/**
 * A membership in the lists of an organisation's members and of what it belongs to: both sides with their names
 * as they are now, the member with its kind.
 */
@Schema(name = "OrganizationMembership")
public record OrganizationMembershipView(UUID membershipId, long version, Party member, Party organization,
                                         MembershipRole role, String label, PartialDate startDate,
                                         PartialDate endDate, boolean current, List<Source> sources) {

    /** A person or an organisation: {@code kind} says which. */
    @Schema(name = "MembershipParty")
    public record Party(MemberKind kind, UUID id, String nameAr, String nameEn) {
    }
}
