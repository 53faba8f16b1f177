package org.liaison.contracts;

import java.util.List;
import java.util.UUID;

/**
 * The full current state of an organisation, carried by every {@code organization.*} event so that a
 * consumer can upsert "if newer" and heal any event it missed with the next one.
 *
 * @param shortNames     short names and acronyms as written («مسد», SDC)
 * @param otherNames     former names, variants and the names of bodies merged into this one
 * @param parentRelation how it stands to its parent: office_of, department_of, representation_of,
 *                       set_up_under, unit_of
 * @param country        ISO 3166-1 alpha-2 code of the country it works from (SY, FR)
 * @param principlesStatedCount how many principles the source says there are when it names fewer («أربعة مبادئ»
 *                       with three named), or null
 * @param active         false once dissolved (with or without a known dissolution date)
 * @param instruments    the ids of the international instruments it cites as its basis ({@code unsc-1325},
 *                       {@code cedaw}), as in orgs-service's catalogue
 * @param mergedInto     set when this organisation was merged into another: consumers rewrite their
 *                       references from this id to that one ({@code organization.merged}), and back on
 *                       {@code organization.unmerged}
 */
public record OrganizationState(UUID id, long version, String kind, String nameAr, String nameEn,
                                List<String> shortNames, List<OtherName> otherNames,
                                UUID parentId, String parentRelation, String country, String city,
                                List<String> domains, List<String> principles, Integer principlesStatedCount,
                                List<String> goals, PartialDate foundingDate, PartialDate dissolutionDate,
                                boolean active, List<Identifier> identifiers, List<Link> links, List<Source> sources,
                                UUID mergedInto, List<String> instruments)
        implements AggregateState {

    public OrganizationState {
        shortNames = copy(shortNames);
        otherNames = copy(otherNames);
        domains = copy(domains);
        principles = copy(principles);
        goals = copy(goals);
        identifiers = copy(identifiers);
        links = copy(links);
        sources = copy(sources);
        instruments = copy(instruments);
    }

    /** A state that cites no instrument. */
    public OrganizationState(UUID id, long version, String kind, String nameAr, String nameEn,
                             List<String> shortNames, List<OtherName> otherNames,
                             UUID parentId, String parentRelation, String country, String city,
                             List<String> domains, List<String> principles, Integer principlesStatedCount,
                             List<String> goals, PartialDate foundingDate, PartialDate dissolutionDate,
                             boolean active, List<Identifier> identifiers, List<Link> links, List<Source> sources,
                             UUID mergedInto) {
        this(id, version, kind, nameAr, nameEn, shortNames, otherNames, parentId, parentRelation, country, city,
                domains, principles, principlesStatedCount, goals, foundingDate, dissolutionDate, active, identifiers,
                links, sources, mergedInto, List.of());
    }

    /** A state without a stated count of principles, as the directories of other services and older events have it. */
    public OrganizationState(UUID id, long version, String kind, String nameAr, String nameEn,
                             List<String> shortNames, List<OtherName> otherNames,
                             UUID parentId, String parentRelation, String country, String city,
                             List<String> domains, List<String> principles, List<String> goals,
                             PartialDate foundingDate, PartialDate dissolutionDate, boolean active,
                             List<Identifier> identifiers, List<Link> links, List<Source> sources, UUID mergedInto) {
        this(id, version, kind, nameAr, nameEn, shortNames, otherNames, parentId, parentRelation, country, city,
                domains, principles, null, goals, foundingDate, dissolutionDate, active, identifiers, links, sources,
                mergedInto);
    }

    /** An active organisation known only by its names, as the directories of other services keep it. */
    public OrganizationState(UUID id, long version, String kind, String nameAr, String nameEn) {
        this(id, version, kind, nameAr, nameEn, List.of(), List.of(), null, null, null, null, List.of(), List.of(),
                List.of(), null, null, true, List.of(), List.of(), List.of(), null);
    }

    /** This state at {@code version}, merged into {@code winner} (or restored, when {@code winner} is null). */
    public OrganizationState withMergedInto(UUID winner, long version) {
        return new OrganizationState(id, version, kind, nameAr, nameEn, shortNames, otherNames, parentId,
                parentRelation, country, city, domains, principles, principlesStatedCount, goals, foundingDate,
                dissolutionDate, active, identifiers, links, sources, winner, instruments);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
