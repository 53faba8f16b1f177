package org.liaison.orgs.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.UUID;

/**
 * Near matches between organisation names, for review: trigram similarity (pg_trgm) of the normalised
 * search keys, so spelling variants the compact key does not equate («وحدة دعم الاستقرار» and «وحده دعم
 * استقرار») still come up. The {@code %} operator uses the GIN index with pg_trgm's own threshold (0.3); the
 * configured minimum then decides what is worth showing. A pair judged {@code not_same} no longer comes up; one judged
 * {@code unsure} comes up with its judgement and note ({@code organization_judgement}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SimilarOrganizations {

    private final EntityManager entityManager;
    private final double minimum;
    private final int candidatesPerName;

    public SimilarOrganizations(EntityManager entityManager,
                                @ConfigProperty(name = "liaison.orgs.similarity-minimum",
                                        defaultValue = "0.4") double minimum,
                                @ConfigProperty(name = "liaison.orgs.similarity-candidates",
                                        defaultValue = "50") int candidatesPerName) {
        this.entityManager = entityManager;
        this.minimum = minimum;
        this.candidatesPerName = candidatesPerName;
    }

    /**
     * One organisation that looks like another, with the closest pair of names.
     *
     * @param judgement the pair's current judgement ({@code unsure}), or null
     */
    public record Match(UUID organizationId, String name, String matchedName, double similarity, String judgement,
                        String judgementNote) {
    }

    /** A pair of organisations that may be the same body, with its current judgement ({@code unsure}) if any. */
    public record Pair(UUID first, String firstName, UUID second, String secondName, double similarity,
                       String judgement, String judgementNote) {
    }

    /** The current judgement of the pair (a, b), joined to a row of candidates; its columns are j.judgement, j.note. */
    private static String currentJudgement(String a, String b) {
        return "left join organization_judgement j on least(j.left_id, j.right_id) = least(" + a + ", " + b + ")"
                + " and greatest(j.left_id, j.right_id) = greatest(" + a + ", " + b + ")"
                + " and j.superseded_by is null and j.undone_at is null";
    }

    /**
     * Organisations with a name like one of {@code id}'s names, most alike first. Each name is compared with at most
     * {@code liaison.orgs.similarity-candidates} others (its closest), and the database returns only {@code limit}
     * rows, so the cost is bounded however many names an organisation has.
     */
    public List<Match> like(UUID id, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select organization_id, name, own_name, score, j.judgement, j.note from (
                            select distinct on (other.organization_id) other.organization_id, other.name,
                                   own.name as own_name, other.score
                            from organization_name own
                            cross join lateral (
                                select o.organization_id, o.name, similarity(own.search_key, o.search_key) as score
                                from organization_name o
                                where o.search_key % own.search_key and o.organization_id <> own.organization_id
                                order by score desc
                                limit ?3) other
                            where own.organization_id = ?1 and other.score >= ?2
                            order by other.organization_id, other.score desc) best
                        {judgement}
                        where j.judgement is distinct from 'not_same'
                        order by score desc, organization_id
                        limit ?4""".replace("{judgement}",
                        currentJudgement("best.organization_id", "cast(?1 as uuid)")))
                .setParameter(1, id).setParameter(2, minimum).setParameter(3, candidatesPerName).setParameter(4, limit)
                .getResultList();
        return rows.stream()
                .map(r -> new Match((UUID) r[0], (String) r[1], (String) r[2], ((Number) r[3]).doubleValue(),
                        (String) r[4], (String) r[5]))
                .toList();
    }

    /**
     * Every pair of organisations with alike names, most alike first: the review list of likely duplicates. Bounded
     * as {@link #like} is: each name meets at most its closest {@code similarity-candidates}, and only {@code limit}
     * pairs leave the database.
     */
    public List<Pair> pairs(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select first_id, first_name, second_id, second_name, score, j.judgement, j.note from (
                            select distinct on (a.organization_id, b.organization_id) a.organization_id as first_id,
                                   a.name as first_name, b.organization_id as second_id, b.name as second_name, b.score
                            from organization_name a
                            cross join lateral (
                                select o.organization_id, o.name, similarity(a.search_key, o.search_key) as score
                                from organization_name o
                                where o.search_key % a.search_key and a.organization_id < o.organization_id
                                order by score desc
                                limit ?2) b
                            where b.score >= ?1
                            order by a.organization_id, b.organization_id, b.score desc) best
                        {judgement}
                        where j.judgement is distinct from 'not_same'
                        order by score desc, first_id, second_id
                        limit ?3""".replace("{judgement}", currentJudgement("best.first_id", "best.second_id")))
                .setParameter(1, minimum).setParameter(2, candidatesPerName).setParameter(3, limit).getResultList();
        return rows.stream()
                .map(r -> new Pair((UUID) r[0], (String) r[1], (UUID) r[2], (String) r[3],
                        ((Number) r[4]).doubleValue(), (String) r[5], (String) r[6]))
                .toList();
    }
}
