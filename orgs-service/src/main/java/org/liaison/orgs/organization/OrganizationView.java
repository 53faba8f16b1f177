package org.liaison.orgs.organization;

import java.time.Instant;
import java.util.UUID;

/** An organisation as the API shows it. */
public record OrganizationView(UUID id, long version, OrganizationKind kind, String nameAr, String nameEn,
                               Instant createdAt, Instant updatedAt) {

    static OrganizationView of(Organization o) {
        return new OrganizationView(o.id, o.version, o.kind, o.nameAr, o.nameEn, o.createdAt, o.updatedAt);
    }
}
