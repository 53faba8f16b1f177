package org.liaison.orgs.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.liaison.contracts.OtherName;
import org.liaison.names.ArabicNames;
import org.liaison.names.NameKeys;
import org.liaison.orgs.common.NameIndex;
import org.liaison.orgs.common.NameKeyRefresh;
import org.liaison.support.problem.ProblemException;
import org.liaison.support.text.NameSearch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Keeps the name index of organisations and answers "is this body registered already?": two names are the
 * same when their compact keys are («مسـد» = «مسد», «هيئة التفاوض السورية» = «هيئه التفاوض السوريه»).
 */
@ApplicationScoped
public class OrganizationNames implements NameKeyRefresh.StaleNames {

    static final String FORMER_NAME = "former name";
    private static final NameIndex INDEX = new NameIndex("organization_name", "organization_id",
            "organization_judgement");
    /** Joins the search keys of {@link Organization#searchKeys}; folded keys never hold control characters. */
    static final String KEY_SEPARATOR = "\u001f";

    private final EntityManager entityManager;

    public OrganizationNames(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The names an organisation is known by, each once. */
    public static Set<String> of(Organization organization) {
        Set<String> names = new LinkedHashSet<>();
        Stream.of(Stream.of(organization.nameAr, organization.nameEn), organization.shortNames.stream(),
                        organization.otherNames.stream().map(OtherName::name))
                .flatMap(s -> s).filter(Objects::nonNull).forEach(names::add);
        return names;
    }

    /** Rewrites the index rows of one organisation after its names changed, and its search keys. */
    public void index(Organization organization) {
        organization.searchKeys = searchKeys(organization);
        INDEX.replace(entityManager, organization.id, of(organization));
    }

    /** The index rows with one of these compact keys (article intake's look-up of names as written). */
    public List<NameIndex.Clash> rowsWithKeys(Collection<String> compactKeys) {
        return INDEX.rowsWithKeys(entityManager, compactKeys);
    }

    /** Indexes an organisation registered in this transaction, which has no rows yet (see {@link #searchKeys}). */
    void indexNew(Organization organization) {
        INDEX.add(entityManager, organization.id, of(organization));
    }

    /**
     * What {@link Organization#searchKeys} holds: each name's search key and, where it differs, its compact key, so
     * that every spelling the duplicate check takes for the name («عبدالرحمن» for «عبد الرحمن», «AlAchi» for
     * «Al-Achi») finds it too ({@link NameSearch}). Set before a new organisation is stored, so it is one insert.
     */
    static String searchKeys(Organization organization) {
        return of(organization).stream().flatMap(name -> NameKeys.of(name).searchForms().stream())
                .collect(Collectors.joining(KEY_SEPARATOR));
    }

    @Override
    public String records() {
        return "organisations";
    }

    /** Merged organisations stay out of the index: the winner carries their names. */
    @Override
    public int refresh(int keyVersion, int limit) {
        List<Organization> stale = Organization.<Organization>find("""
                        from Organization o
                        where o.mergedInto is null
                          and (not exists (select 1 from OrganizationName n where n.organizationId = o.id)
                               or exists (select 1 from OrganizationName n where n.organizationId = o.id
                                   and n.keyVersion < ?1))""",
                keyVersion).page(0, limit).list();
        stale.forEach(this::index);
        return stale.size();
    }

    /** Keeps a name the organisation no longer carries among its other names, so that it is still found by it. */
    static void keepFormerName(Organization organization, String formerName) {
        if (formerName == null) {
            return;
        }
        String key = ArabicNames.compactKey(formerName);
        boolean known = of(organization).stream().anyMatch(name -> ArabicNames.compactKey(name).equals(key));
        if (!known) {
            List<OtherName> otherNames = new ArrayList<>(organization.otherNames);
            otherNames.add(OtherName.of(formerName, FORMER_NAME));
            organization.otherNames = otherNames;
        }
    }

    /** Removes an organisation from the index while it is merged into another, which now carries its names. */
    public void unindex(Organization organization) {
        organization.searchKeys = null;
        INDEX.remove(entityManager, organization.id);
    }

    /** Refuses names that another organisation already has, unless the client says it is a distinct body. */
    void requireUnregistered(Organization candidate) {
        firstClash(candidate).ifPresent(existing -> {
            throw ProblemException.conflict("«" + existing.name() + "» is already the name of organisation "
                            + existing.owner() + "; if this is a different body, register it with \"distinct\": true",
                    Map.of("existingId", existing.owner(), "matchedName", existing.name()));
        });
    }

    /** The oldest name of another organisation that is one of the candidate's in any spelling, if any. */
    Optional<NameIndex.Clash> firstClash(Organization candidate) {
        List<String> keys = of(candidate).stream().map(ArabicNames::compactKey).filter(k -> !k.isEmpty()).toList();
        return INDEX.firstClash(entityManager, keys, candidate.id);
    }
}
