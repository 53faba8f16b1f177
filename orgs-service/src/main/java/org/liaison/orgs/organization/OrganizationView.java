package org.liaison.orgs.organization;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An organisation as the API shows it. */
public record OrganizationView(UUID id, long version, OrganizationKind kind, String nameAr, String nameEn,
                               List<String> shortNames, UUID parentId, ParentRelation parentRelation,
                               Instant createdAt, Instant updatedAt) {

    static OrganizationView of(Organization o) {
        return new OrganizationView(o.id, o.version, o.kind, o.nameAr, o.nameEn, List.copyOf(o.shortNames),
                o.parentId, o.parentRelation, o.createdAt, o.updatedAt);
    }
}
