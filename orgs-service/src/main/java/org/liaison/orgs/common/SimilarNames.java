package org.liaison.orgs.common;

import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Near matches between the names of one kind of record (organisations, people), for review: trigram similarity
 * (pg_trgm) of the normalised search keys in the kind's name index, so spelling variants the compact key does not
 * equate («وحدة دعم الاستقرار» and «وحده دعم استقرار») still come up. The {@code %} operator uses the GIN index with
 * pg_trgm's own threshold (0.3); the configured minimum then decides what is worth showing. A pair judged
 * {@code not_same} no longer comes up; one judged {@code unsure} comes up with its judgement and note. Merged records
 * have no rows in the name index, so they never come up.
 *
 * @param table             the name index ({@code organization_name}); with {@code ownerColumn} and
 *                          {@code judgementTable}, fixed names from code, never from a request
 * @param minimum           the least similarity (0..1) worth showing
 * @param candidatesPerName how many of its closest names each name is compared with at most, so the cost is bounded
 *                          however many names a record has
 */
public record SimilarNames(String table, String ownerColumn, String judgementTable, double minimum,
                           int candidatesPerName) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    public SimilarNames {
        for (String name : List.of(table, ownerColumn, judgementTable)) {
            if (!IDENTIFIER.matcher(name).matches()) {
                throw new IllegalArgumentException("not a plain SQL identifier: " + name);
            }
        }
    }

    /**
     * One record that looks like another, with the closest pair of names.
     *
     * @param judgement the pair's current judgement ({@code unsure}), or null
     */
    public record Match(UUID id, String name, String matchedName, double similarity, String judgement,
                        String judgementNote) {
    }

    /** A pair of records that may be one registered twice, with its current judgement ({@code unsure}) if any. */
    public record Pair(UUID first, String firstName, UUID second, String secondName, double similarity,
                       String judgement, String judgementNote) {
    }

    /**
     * Records with a name like one of {@code id}'s names, most alike first; only {@code limit} rows leave the
     * database.
     */
    public List<Match> like(EntityManager entityManager, UUID id, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(sql("""
                        select match_id, name, own_name, score, j.judgement, j.note from (
                            select distinct on (other.{owner}) other.{owner} as match_id, other.name,
                                   own.name as own_name, other.score
                            from {names} own
                            cross join lateral (
                                select o.{owner}, o.name, similarity(own.search_key, o.search_key) as score
                                from {names} o
                                where o.search_key % own.search_key and o.{owner} <> own.{owner}
                                order by score desc
                                limit ?3) other
                            where own.{owner} = ?1 and other.score >= ?2
                            order by other.{owner}, other.score desc) best
                        {judgement}
                        where j.judgement is distinct from 'not_same'
                        order by score desc, match_id
                        limit ?4""", "best.match_id", "cast(?1 as uuid)"))
                .setParameter(1, id).setParameter(2, minimum).setParameter(3, candidatesPerName).setParameter(4, limit)
                .getResultList();
        return rows.stream()
                .map(r -> new Match((UUID) r[0], (String) r[1], (String) r[2], ((Number) r[3]).doubleValue(),
                        (String) r[4], (String) r[5]))
                .toList();
    }

    /** Every pair of records with alike names, most alike first: the review list of likely duplicates. */
    public List<Pair> pairs(EntityManager entityManager, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(sql("""
                        select first_id, first_name, second_id, second_name, score, j.judgement, j.note from (
                            select distinct on (a.{owner}, b.{owner}) a.{owner} as first_id,
                                   a.name as first_name, b.{owner} as second_id, b.name as second_name, b.score
                            from {names} a
                            cross join lateral (
                                select o.{owner}, o.name, similarity(a.search_key, o.search_key) as score
                                from {names} o
                                where o.search_key % a.search_key and a.{owner} < o.{owner}
                                order by score desc
                                limit ?2) b
                            where b.score >= ?1
                            order by a.{owner}, b.{owner}, b.score desc) best
                        {judgement}
                        where j.judgement is distinct from 'not_same'
                        order by score desc, first_id, second_id
                        limit ?3""", "best.first_id", "best.second_id"))
                .setParameter(1, minimum).setParameter(2, candidatesPerName).setParameter(3, limit).getResultList();
        return rows.stream()
                .map(r -> new Pair((UUID) r[0], (String) r[1], (UUID) r[2], (String) r[3],
                        ((Number) r[4]).doubleValue(), (String) r[5], (String) r[6]))
                .toList();
    }

    /** The query for this kind, with the current judgement of the pair (a, b) joined as j. */
    private String sql(String template, String a, String b) {
        String judgement = "left join " + judgementTable + " j on least(j.left_id, j.right_id) = least(" + a + ", "
                + b + ") and greatest(j.left_id, j.right_id) = greatest(" + a + ", " + b + ")"
                + " and j.superseded_by is null and j.undone_at is null";
        return template.replace("{judgement}", judgement).replace("{names}", table).replace("{owner}", ownerColumn);
    }
}
