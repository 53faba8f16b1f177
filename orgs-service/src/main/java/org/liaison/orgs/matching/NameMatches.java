package org.liaison.orgs.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.liaison.orgs.common.NameIndex;
import org.liaison.orgs.model.Person;
import org.liaison.orgs.organization.Organization;
import org.liaison.orgs.organization.OrganizationNames;
import org.liaison.orgs.person.PersonNames;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Which registered organisations and people carry a name of each compact key: the directory article intake
 * matches an article's mentions against, answered from the same name index the duplicate checks use. Merged
 * records are left out (their names are the winner's other names).
 */
@ApplicationScoped
public class NameMatches {

    /** A short name in Latin capitals («SNC», "AANES") is an acronym; any other is a short name. */
    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9.&-]*");

    private final OrganizationNames organizationNames;
    private final PersonNames personNames;

    public NameMatches(OrganizationNames organizationNames, PersonNames personNames) {
        this.organizationNames = organizationNames;
        this.personNames = personNames;
    }

    /** The two answers: per key looked up, the records with a name of that key; keys without any left out. */
    public record Answer(Map<String, List<NameMatch>> organizations, Map<String, List<NameMatch>> people) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Answer find(NameMatchRequest request) {
        List<NameIndex.Clash> organizationRows = organizationNames.rowsWithKeys(
                new LinkedHashSet<>(request.organizationKeys()));
        Map<UUID, Organization> organizations = load(organizationRows, ids ->
                Organization.<Organization>list("id in ?1", ids), o -> o.id);
        List<NameIndex.Clash> personRows = personNames.rowsWithKeys(new LinkedHashSet<>(request.peopleKeys()));
        Map<UUID, Person> people = load(personRows, ids -> Person.<Person>list("id in ?1", ids), p -> p.id);
        return new Answer(
                group(organizationRows, row -> {
                    Organization o = organizations.get(row.owner());
                    return o == null || o.mergedInto != null ? null
                            : new NameMatch(o.id, o.nameAr != null ? o.nameAr : o.nameEn, layer(o, row.name()));
                }),
                group(personRows, row -> {
                    Person p = people.get(row.owner());
                    return p == null || p.mergedInto != null ? null
                            : new NameMatch(p.id, p.nameAr != null ? p.nameAr : p.nameEn,
                            Objects.equals(row.name(), p.nameAr) || Objects.equals(row.name(), p.nameEn)
                                    ? "NAME" : "OTHER_NAME");
                }));
    }

    static String layer(Organization organization, String name) {
        if (Objects.equals(name, organization.nameAr) || Objects.equals(name, organization.nameEn)) {
            return "NAME";
        }
        if (organization.shortNames.contains(name)) {
            return ACRONYM.matcher(name).matches() ? "ACRONYM" : "SHORT_NAME";
        }
        // Other names, and a former name kept when it was renamed.
        return "OTHER_NAME";
    }

    private static <T> Map<UUID, T> load(List<NameIndex.Clash> rows, Function<Set<UUID>, List<T>> query,
                                         Function<T, UUID> id) {
        Set<UUID> ids = new LinkedHashSet<>();
        rows.forEach(row -> ids.add(row.owner()));
        Map<UUID, T> byId = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            query.apply(ids).forEach(record -> byId.put(id.apply(record), record));
        }
        return byId;
    }

    /** Per key, its records, each once (a record with two names of one key matches once, by the first). */
    private static Map<String, List<NameMatch>> group(List<NameIndex.Clash> rows,
                                                      Function<NameIndex.Clash, NameMatch> match) {
        Map<String, List<NameMatch>> byKey = new LinkedHashMap<>();
        for (NameIndex.Clash row : rows) {
            NameMatch found = match.apply(row);
            if (found == null) {
                continue;
            }
            List<NameMatch> matches = byKey.computeIfAbsent(row.compactKey(), k -> new ArrayList<>());
            if (matches.stream().noneMatch(m -> m.id().equals(found.id()))) {
                matches.add(found);
            }
        }
        return byKey;
    }
}
