package org.liaison.orgs.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.liaison.orgs.common.SimilarNames;

import java.util.List;
import java.util.UUID;

/**
 * Near matches between people's names, for review ({@link SimilarNames} over {@code person_name}): «أسعد العشي» and
 * «اسعد عشي» come up together though the duplicate check, which compares compact keys, lets both register.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SimilarPeople {

    private final EntityManager entityManager;
    private final SimilarNames names;

    public SimilarPeople(EntityManager entityManager,
                         @ConfigProperty(name = "liaison.orgs.similarity-minimum", defaultValue = "0.4") double minimum,
                         @ConfigProperty(name = "liaison.orgs.similarity-candidates",
                                 defaultValue = "50") int candidatesPerName) {
        this.entityManager = entityManager;
        this.names = new SimilarNames("person_name", "person_id", "person_judgement", minimum, candidatesPerName);
    }

    /**
     * One person whose name looks like another's, with the closest pair of names.
     *
     * @param judgement the pair's current judgement ({@code unsure}), or null
     */
    public record Match(UUID personId, String name, String matchedName, double similarity, String judgement,
                        String judgementNote) {
    }

    /** People with a name like one of {@code id}'s names, most alike first. */
    public List<Match> like(UUID id, int limit) {
        return names.like(entityManager, id, limit).stream().map(m -> new Match(m.id(), m.name(), m.matchedName(),
                m.similarity(), m.judgement(), m.judgementNote())).toList();
    }

    /** Every pair of people with alike names, most alike first: the review list of likely duplicates. */
    public List<SimilarNames.Pair> pairs(int limit) {
        return names.pairs(entityManager, limit);
    }
}
