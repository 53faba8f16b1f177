package org.liaison.orgs.organization;

import org.liaison.contracts.Identifier;
import org.liaison.contracts.Link;
import org.liaison.contracts.OtherName;
import org.liaison.contracts.PartialDate;
import org.liaison.contracts.Source;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An organisation as the API shows it. {@code mergedInto} is set while it is merged into another. */
public record OrganizationView(UUID id, long version, OrganizationKind kind, String nameAr, String nameEn,
                               List<String> shortNames, List<OtherName> otherNames, UUID parentId,
                               ParentRelation parentRelation, String country, String city, List<String> domains,
                               List<String> principles, Integer principlesStatedCount, List<String> goals,
                               PartialDate foundingDate, PartialDate dissolutionDate, boolean active,
                               List<Identifier> identifiers, List<Link> links, List<Source> sources,
                               UUID mergedInto, Instant createdAt, Instant updatedAt) {

    public static OrganizationView of(Organization o) {
        return new OrganizationView(o.id, o.version, o.kind, o.nameAr, o.nameEn, List.copyOf(o.shortNames),
                List.copyOf(o.otherNames), o.parentId, o.parentRelation, o.country, o.city, List.copyOf(o.domains),
                List.copyOf(o.principles), o.principlesStatedCount, List.copyOf(o.goals), o.foundingDate,
                o.dissolutionDate, o.active, List.copyOf(o.identifiers), List.copyOf(o.links),
                List.copyOf(o.sources), o.mergedInto, o.createdAt, o.updatedAt);
    }
}
