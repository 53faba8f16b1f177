package org.liaison.orgs.organization;

import org.liaison.contracts.Identifier;
import org.liaison.contracts.Link;
import org.liaison.contracts.OrganizationKind;
import org.liaison.contracts.OtherName;
import org.liaison.contracts.PartialDate;
import org.liaison.contracts.Source;
import org.liaison.sources.instruments.InstrumentCatalogue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An organisation as the API shows it. {@code mergedInto} is set while it is merged into another; {@code instruments}
 * are those it cites, with their kind and names from the catalogue.
 */
public record OrganizationView(UUID id, long version, OrganizationKind kind, String nameAr, String nameEn,
                               List<String> shortNames, List<OtherName> otherNames, UUID parentId,
                               ParentRelation parentRelation, String country, String city, List<String> domains,
                               List<String> principles, Integer principlesStatedCount, List<String> goals,
                               PartialDate foundingDate, PartialDate dissolutionDate, boolean active,
                               List<Identifier> identifiers, List<Link> links, List<Source> sources,
                               List<CitedInstrument> instruments,
                               UUID mergedInto, Instant createdAt, Instant updatedAt) {

    /** An instrument an organisation cites; the names are null for an id the catalogue no longer knows. */
    public record CitedInstrument(String id, String kind, String nameAr, String nameEn) {
    }

    public static OrganizationView of(Organization o, InstrumentCatalogue catalogue) {
        List<CitedInstrument> instruments = o.instruments.stream().map(id -> catalogue.byId(id)
                .map(i -> new CitedInstrument(i.id(), i.kind(), i.nameAr(), i.nameEn()))
                .orElseGet(() -> new CitedInstrument(id, null, null, null))).toList();
        return new OrganizationView(o.id, o.version, o.kind, o.nameAr, o.nameEn, List.copyOf(o.shortNames),
                List.copyOf(o.otherNames), o.parentId, o.parentRelation, o.country, o.city, List.copyOf(o.domains),
                List.copyOf(o.principles), o.principlesStatedCount, List.copyOf(o.goals), o.foundingDate,
                o.dissolutionDate, o.active, List.copyOf(o.identifiers), List.copyOf(o.links),
                List.copyOf(o.sources), instruments, o.mergedInto, o.createdAt, o.updatedAt);
    }
}
