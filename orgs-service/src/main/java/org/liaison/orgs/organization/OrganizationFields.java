package org.liaison.orgs.organization;

import org.liaison.contracts.Identifier;
import org.liaison.contracts.Link;
import org.liaison.contracts.OrganizationKind;
import org.liaison.contracts.OrganizationState;
import org.liaison.contracts.OtherName;
import org.liaison.contracts.PartialDate;
import org.liaison.contracts.Source;
import org.liaison.orgs.common.Dates;
import org.liaison.orgs.common.IdentifierInput;
import org.liaison.orgs.common.LinkInput;
import org.liaison.orgs.common.OtherNameInput;
import org.liaison.orgs.instrument.InstrumentReferences;
import org.liaison.sources.instruments.InstrumentCatalogue;
import org.liaison.support.input.SourceInput;
import org.liaison.support.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.liaison.support.input.Inputs.map;
import static org.liaison.support.input.Inputs.texts;
import static org.liaison.support.text.Texts.blankToNull;

/**
 * Every field of an organisation that a client sets, cleaned: what POST and PUT give whole, and what PATCH
 * gives over the current record. One place turns requests into this and this into the entity, so the three
 * writes cannot drift apart.
 */
public record OrganizationFields(OrganizationKind kind, String nameAr, String nameEn, List<String> shortNames,
                          List<OtherName> otherNames, UUID parentId, ParentRelation parentRelation, String country,
                          String city, List<String> domains, List<String> principles,
                          Integer principlesStatedCount, List<String> goals, PartialDate foundingDate,
                          PartialDate dissolutionDate, boolean active,
                          List<Identifier> identifiers, List<Link> links, List<Source> sources,
                          List<String> instruments) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /**
     * A registration as the service would store it (before the checks across records), its instruments resolved
     * against {@code catalogue}.
     */
    public static OrganizationFields of(OrganizationRequests.Register r, InstrumentCatalogue catalogue) {
        return new OrganizationFields(r.kind(), r.nameAr().strip(), blankToNull(r.nameEn()), texts(r.shortNames()),
                map(r.otherNames(), OtherNameInput::toOtherName), r.parentId(),
                r.parentId() == null ? null : relationOrDefault(r.parentRelation()), r.country(),
                blankToNull(r.city()), texts(r.domains()), texts(r.principles()), r.principlesStatedCount(),
                texts(r.goals()), r.foundingDate(), r.dissolutionDate(),
                activeOrDefault(r.active(), r.dissolutionDate()),
                map(r.identifiers(), IdentifierInput::toIdentifier), map(r.links(), LinkInput::toLink),
                map(r.sources(), SourceInput::toSource),
                InstrumentReferences.ids("instruments", r.instruments(), catalogue));
    }

    static OrganizationFields of(Organization o) {
        return new OrganizationFields(o.kind, o.nameAr, o.nameEn, o.shortNames, o.otherNames, o.parentId,
                o.parentRelation, o.country, o.city, o.domains, o.principles, o.principlesStatedCount, o.goals,
                o.foundingDate, o.dissolutionDate, o.active, o.identifiers, o.links, o.sources, o.instruments);
    }

    /** These fields with those the update gives. */
    OrganizationFields with(OrganizationRequests.Update u, InstrumentCatalogue catalogue) {
        UUID newParent = u.parentId() == null ? parentId : u.parentId();
        ParentRelation newRelation = u.parentRelation() != null ? u.parentRelation()
                : u.parentId() != null && !u.parentId().equals(parentId) ? ParentRelation.UNIT_OF : parentRelation;
        PartialDate newDissolution = u.dissolutionDate() == null ? dissolutionDate : u.dissolutionDate();
        boolean newActive = u.active() != null ? u.active() : u.dissolutionDate() != null ? false : active;
        return new OrganizationFields(
                u.kind() == null ? kind : u.kind(),
                u.nameAr() == null ? nameAr : u.nameAr().strip(),
                u.nameEn() == null ? nameEn : blankToNull(u.nameEn()),
                u.shortNames() == null ? shortNames : texts(u.shortNames()),
                u.otherNames() == null ? otherNames : map(u.otherNames(), OtherNameInput::toOtherName),
                newParent, newParent == null ? null : newRelation,
                u.country() == null ? country : blankToNull(u.country()),
                u.city() == null ? city : blankToNull(u.city()),
                u.domains() == null ? domains : texts(u.domains()),
                u.principles() == null ? principles : texts(u.principles()),
                u.principlesStatedCount() == null ? principlesStatedCount : u.principlesStatedCount(),
                u.goals() == null ? goals : texts(u.goals()),
                u.foundingDate() == null ? foundingDate : u.foundingDate(),
                newDissolution, newActive,
                u.identifiers() == null ? identifiers : map(u.identifiers(), IdentifierInput::toIdentifier),
                u.links() == null ? links : map(u.links(), LinkInput::toLink),
                u.sources() == null ? sources : map(u.sources(), SourceInput::toSource),
                u.instruments() == null ? instruments
                        : InstrumentReferences.ids("instruments", u.instruments(), catalogue));
    }

    /** The event state an organisation with these fields would have. */
    public OrganizationState toState(UUID id, long version, UUID mergedInto) {
        return new OrganizationState(id, version, kind.code(), nameAr, nameEn, shortNames, otherNames, parentId,
                parentRelation == null ? null : parentRelation.code(), country, city, domains, principles,
                principlesStatedCount, goals, foundingDate, dissolutionDate, active, identifiers, links, sources,
                mergedInto, instruments);
    }

    /** Rules across fields, which single-field constraints cannot express. */
    OrganizationFields requireConsistent() {
        if (country != null && !COUNTRIES.contains(country)) {
            throw ProblemException.unprocessable("country", "«" + country + "» is not an ISO 3166-1 country code");
        }
        if (!Dates.ordered(foundingDate, dissolutionDate)) {
            throw ProblemException.unprocessable("dissolutionDate", "must not be before foundingDate " + foundingDate);
        }
        if (principlesStatedCount != null && principlesStatedCount < principles.size()) {
            throw ProblemException.unprocessable("principlesStatedCount",
                    "the source cannot count fewer principles than the " + principles.size() + " listed");
        }
        if (active && dissolutionDate != null) {
            throw ProblemException.unprocessable("active", "an organisation with a dissolution date is not active");
        }
        return this;
    }

    void assignTo(Organization o) {
        o.kind = kind;
        o.nameAr = nameAr;
        o.nameEn = nameEn;
        o.shortNames = shortNames;
        o.otherNames = otherNames;
        o.parentId = parentId;
        o.parentRelation = parentRelation;
        o.country = country;
        o.city = city;
        o.domains = domains;
        o.principles = principles;
        o.principlesStatedCount = principlesStatedCount;
        o.goals = goals;
        o.foundingDate = foundingDate;
        o.dissolutionDate = dissolutionDate;
        o.active = active;
        o.identifiers = identifiers;
        o.links = links;
        o.sources = sources;
        o.instruments = new ArrayList<>(instruments);
    }

    private static ParentRelation relationOrDefault(ParentRelation relation) {
        return relation == null ? ParentRelation.UNIT_OF : relation;
    }

    private static boolean activeOrDefault(Boolean active, PartialDate dissolutionDate) {
        return active != null ? active : dissolutionDate == null;
    }
}
