package org.liaison.orgs.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.liaison.contracts.OtherName;
import org.liaison.names.ArabicNames;
import org.liaison.orgs.common.NameIndex;
import org.liaison.orgs.common.NameKeyRefresh;
import org.liaison.orgs.model.Person;
import org.liaison.support.problem.ProblemException;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keeps the name index of people and answers "is this person registered already?": two names are the same
 * when their compact keys are («بدر جاموس» = «بَدْر جاموس»; «أسعد العشي» = «اسعد العشى»).
 */
@ApplicationScoped
public class PersonNames implements NameKeyRefresh.StaleNames {

    private static final NameIndex INDEX = new NameIndex("person_name", "person_id", "person_judgement");

    private final EntityManager entityManager;

    public PersonNames(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Every name a person is known by (Arabic, English, other names), each once: what search finds. */
    public static Set<String> of(Person person) {
        Set<String> names = new LinkedHashSet<>();
        Stream.concat(Stream.of(person.nameAr, person.nameEn), person.otherNames.stream().map(OtherName::name))
                .filter(Objects::nonNull).forEach(names::add);
        return names;
    }

    /** The index rows with one of these compact keys (article intake's look-up of names as written). */
    public List<NameIndex.Clash> rowsWithKeys(Collection<String> compactKeys) {
        return INDEX.rowsWithKeys(entityManager, compactKeys);
    }

    @Override
    public String records() {
        return "people";
    }

    /** Merged people stay out of the index: the winner carries their names. */
    @Override
    public int refresh(int keyVersion, int limit) {
        List<Person> stale = Person.<Person>find("""
                        from Person p
                        where p.mergedInto is null
                          and (not exists (select 1 from PersonName n where n.personId = p.id)
                               or exists (select 1 from PersonName n where n.personId = p.id
                                   and n.keyVersion < ?1))""",
                keyVersion).page(0, limit).list();
        stale.forEach(this::index);
        return stale.size();
    }

    /** Rewrites the index rows of one person after their names changed. */
    public void index(Person person) {
        INDEX.replace(entityManager, person.id, of(person));
    }

    /** Takes a person merged into another out of the index: the winner now carries their names. */
    public void unindex(Person person) {
        INDEX.remove(entityManager, person.id);
    }

    /** Indexes a person registered in this transaction, who has no rows yet. */
    void indexNew(Person person) {
        INDEX.add(entityManager, person.id, of(person));
    }

    /**
     * Refuses a person whose Arabic or English name is already a name of another person in any spelling, unless
     * the client says it is a different person of the same name.
     */
    void requireUnregistered(Person candidate) {
        Map<String, String> fields = checkedKeys(candidate);
        INDEX.firstClash(entityManager, fields.keySet(), candidate.id).ifPresent(existing -> {
            throw ProblemException.conflict("«" + existing.name() + "» is already the name of person "
                            + existing.owner()
                            + "; if this is a different person, register them with \"distinct\": true",
                    Map.of("existingId", existing.owner(), "matchedName", existing.name(),
                            "field", fields.get(existing.compactKey())));
        });
    }

    /** The oldest name of another person that is the candidate's Arabic or English name in any spelling, if any. */
    Optional<NameIndex.Clash> firstClash(Person candidate) {
        return INDEX.firstClash(entityManager, checkedKeys(candidate).keySet(), candidate.id);
    }

    /** The compact keys of the names a person is checked by, each with the field it came from. */
    private static Map<String, String> checkedKeys(Person candidate) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (candidate.nameAr != null) {
            fields.put(ArabicNames.compactKey(candidate.nameAr), "nameAr");
        }
        if (candidate.nameEn != null) {
            fields.putIfAbsent(ArabicNames.compactKey(candidate.nameEn), "nameEn");
        }
        fields.remove("");
        return fields;
    }
}
