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
 * configured minimum then decides what is worth showing.
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

    /** One organisation that looks like another, with the closest pair of names. */
    public record Match(UUID organizationId, String name, String matchedName, double similarity) {
    }

    /** A pair of organisations that may be the same body. */
    public record Pair(UUID first, String firstName, UUID second, String secondName, double similarity) {
    }

    /**
     * Organisations with a name like one of {@code id}'s names, most alike first. Each name is compared with at most
     * {@code liaison.orgs.similarity-candidates} others (its closest), and the database returns only {@code limit}
     * rows, so the cost is bounded however many names an organisation has.
     */
    public List<Match> like(UUID id, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select organization_id, name, own_name, score from (
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
                        order by score desc, organization_id
                        limit ?4""")
                .setParameter(1, id).setParameter(2, minimum).setParameter(3, candidatesPerName).setParameter(4, limit)
                .getResultList();
        return rows.stream()
                .map(r -> new Match((UUID) r[0], (String) r[1], (String) r[2], ((Number) r[3]).doubleValue()))
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
                        select first_id, first_name, second_id, second_name, score from (
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
                        order by score desc, first_id, second_id
                        limit ?3""")
                .setParameter(1, minimum).setParameter(2, candidatesPerName).setParameter(3, limit).getResultList();
        return rows.stream()
                .map(r -> new Pair((UUID) r[0], (String) r[1], (UUID) r[2], (String) r[3],
                        ((Number) r[4]).doubleValue()))
                .toList();
    }
}
