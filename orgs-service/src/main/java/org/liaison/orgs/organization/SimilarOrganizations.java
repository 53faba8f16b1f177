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

    public SimilarOrganizations(EntityManager entityManager,
                                @ConfigProperty(name = "liaison.orgs.similarity-minimum", defaultValue = "0.4") double minimum) {
        this.entityManager = entityManager;
        this.minimum = minimum;
    }

    /** One organisation that looks like another, with the closest pair of names. */
    public record Match(UUID organizationId, String name, String matchedName, double similarity) {
    }

    /** A pair of organisations that may be the same body. */
    public record Pair(UUID first, String firstName, UUID second, String secondName, double similarity) {
    }

    /** Organisations with a name like one of {@code id}'s names, most alike first. */
    public List<Match> like(UUID id, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select distinct on (other.organization_id) other.organization_id, other.name, own.name,
                               similarity(own.search_key, other.search_key) as score
                        from organization_name own
                        join organization_name other
                          on other.search_key % own.search_key and other.organization_id <> own.organization_id
                        where own.organization_id = ?1 and similarity(own.search_key, other.search_key) >= ?2
                        order by other.organization_id, score desc""")
                .setParameter(1, id).setParameter(2, minimum).getResultList();
        return rows.stream()
                .map(r -> new Match((UUID) r[0], (String) r[1], (String) r[2], ((Number) r[3]).doubleValue()))
                .sorted((a, b) -> Double.compare(b.similarity(), a.similarity()))
                .limit(limit).toList();
    }

    /** Every pair of organisations with alike names, most alike first: the review list of likely duplicates. */
    public List<Pair> pairs(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select distinct on (a.organization_id, b.organization_id) a.organization_id, a.name,
                               b.organization_id, b.name, similarity(a.search_key, b.search_key) as score
                        from organization_name a
                        join organization_name b on b.search_key % a.search_key and a.organization_id < b.organization_id
                        where similarity(a.search_key, b.search_key) >= ?1
                        order by a.organization_id, b.organization_id, score desc""")
                .setParameter(1, minimum).getResultList();
        return rows.stream()
                .map(r -> new Pair((UUID) r[0], (String) r[1], (UUID) r[2], (String) r[3], ((Number) r[4]).doubleValue()))
                .sorted((a, b) -> Double.compare(b.similarity(), a.similarity()))
                .limit(limit).toList();
    }
}
