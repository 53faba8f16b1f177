package org.liaison.support.paging;

import jakarta.persistence.Query;
import org.junit.jupiter.api.Test;
import org.liaison.support.problem.ProblemException;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class KeysetQueryTest {

    private static final Instant AFTER = Instant.parse("2024-03-01T10:15:30.123456Z");
    private static final UUID AFTER_ID = UUID.fromString("0b8e5f8e-3c1a-4c55-9d3e-2f6a1b7c9d01");
    private static final String CURSOR = new KeysetCursor(AFTER, AFTER_ID).encode();
    private static final UUID ORG = UUID.fromString("5a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d");

    enum Kind { MINISTRY }

    @Test
    void theFirstPageWithoutFiltersIsOnlyTheOrder() {
        KeysetQuery query = KeysetQuery.oldestFirst(null);
        assertClause("order by createdAt, id", List.of(), query.page());
        assertClause("", List.of(), query.count());
        assertClause("", List.of(), query.sqlCount());
        assertClause("order by createdAt, id", List.of(), KeysetQuery.oldestFirst("").page());
    }

    @Test
    void theCursorComparesTheTimeTwiceWithOneParameterAndTheIdWithTheNext() {
        assertClause("where (createdAt > ?1 or (createdAt = ?1 and id > ?2)) order by createdAt, id",
                List.of(AFTER, AFTER_ID), KeysetQuery.oldestFirst(CURSOR).page());
    }

    @Test
    void theCursorsParametersComeAfterTheFilters() {
        KeysetQuery query = KeysetQuery.oldestFirst(CURSOR);
        query.where("organizationId = ?", ORG);
        query.where("endDate is null");
        query.where("personId = ?", AFTER_ID);
        assertClause("where (organizationId = ?1) and (endDate is null) and (personId = ?2)"
                        + " and (createdAt > ?3 or (createdAt = ?3 and id > ?4)) order by createdAt, id",
                List.of(ORG, AFTER_ID, AFTER, AFTER_ID), query.page());
    }

    @Test
    void theCountHasTheFiltersWithoutTheCursor() {
        KeysetQuery query = KeysetQuery.oldestFirst(CURSOR);
        query.where("organizationId = ?", ORG);
        query.where("year = ?", 2024);
        assertClause("where (organizationId = ?1) and (year = ?2)", List.of(ORG, 2024), query.count());
    }

    @Test
    void eachQuestionMarkIsTheNextParameterAcrossConditions() {
        KeysetQuery query = KeysetQuery.oldestFirst(CURSOR).alias("r");
        query.where("(r.leadOfficeId = ? or r.setId in (select s.id from RecommendationSet s where "
                + "s.issuingOrganizationId = ?))", ORG, ORG);
        query.where("array_position(r.themes, ?) > 0", "health");
        assertClause("where ((r.leadOfficeId = ?1 or r.setId in (select s.id from RecommendationSet s"
                        + " where s.issuingOrganizationId = ?2))) and (array_position(r.themes, ?3) > 0)"
                        + " and (r.createdAt > ?4 or (r.createdAt = ?4 and r.id > ?5)) order by r.createdAt, r.id",
                List.of(ORG, ORG, "health", AFTER, AFTER_ID), query.page());
    }

    @Test
    void theSqlCountNumbersItsOwnParametersAndTakesItsOwnValues() {
        KeysetQuery query = KeysetQuery.oldestFirst(CURSOR);
        query.where("mergedInto is null").sql("o.merged_into is null");
        query.where("kind = ?", Kind.MINISTRY).sql("o.kind = ?", "ministry");
        query.where("array_position(themes, ?) > 0", "health").sql("? = any(r.themes)", "health");
        assertClause("where (o.merged_into is null) and (o.kind = ?1) and (?2 = any(r.themes))",
                List.of("ministry", "health"), query.sqlCount());
        assertClause("where (mergedInto is null) and (kind = ?1) and (array_position(themes, ?2) > 0)"
                        + " and (createdAt > ?3 or (createdAt = ?3 and id > ?4)) order by createdAt, id",
                List.of(Kind.MINISTRY, "health", AFTER, AFTER_ID), query.page());
    }

    @Test
    void aConditionWithoutSqlLeavesNoSqlCount() {
        KeysetQuery query = KeysetQuery.oldestFirst(null);
        query.where("kind = ?", Kind.MINISTRY).sql("o.kind = ?", "ministry");
        query.where("country = ?", "SA");
        assertThrows(IllegalStateException.class, query::sqlCount);
    }

    @Test
    void newestFirstReversesTheComparisonsAndTheOrder() {
        KeysetQuery query = KeysetQuery.newestFirst(CURSOR);
        query.where("subscriptionId = ?", ORG);
        assertClause("where (subscriptionId = ?1) and (createdAt < ?2 or (createdAt = ?2 and id < ?3))"
                + " order by createdAt desc, id desc", List.of(ORG, AFTER, AFTER_ID), query.page());
        assertClause("order by createdAt desc, id desc", List.of(), KeysetQuery.newestFirst(null).page());
    }

    @Test
    void aNullValueIsBound() {
        KeysetQuery query = KeysetQuery.oldestFirst(null);
        query.where("office = ?", (UUID) null);
        assertClause("where (office = ?1)", Arrays.asList((Object) null), query.count());
    }

    @Test
    void valuesMustMatchTheQuestionMarks() {
        KeysetQuery query = KeysetQuery.oldestFirst(null);
        assertThrows(IllegalArgumentException.class, () -> query.where("a = ? and b = ?", 1));
        assertThrows(IllegalArgumentException.class, () -> query.where("a = ?", 1, 2));
        assertThrows(IllegalArgumentException.class, () -> query.where("a = 1").sql("a = ?"));
    }

    @Test
    void parametersNumberedByHandAreRefused() {
        KeysetQuery query = KeysetQuery.oldestFirst(null);
        assertThrows(IllegalArgumentException.class, () -> query.where("a = ?1", 1));
        assertThrows(IllegalArgumentException.class, () -> query.where("a = ?").sql("o.a = ?1", 1));
    }

    @Test
    void aConditionHasOneSql() {
        KeysetQuery.Condition condition = KeysetQuery.oldestFirst(null).where("a is null");
        condition.sql("o.a is null");
        assertThrows(IllegalStateException.class, () -> condition.sql("o.a is null"));
    }

    @Test
    void anAliasIsAName() {
        assertThrows(IllegalArgumentException.class, () -> KeysetQuery.oldestFirst(null).alias("r.id or 1=1"));
    }

    @Test
    void aTokenNoListIssuedIsA400() {
        ProblemException e = assertThrows(ProblemException.class, () -> KeysetQuery.oldestFirst("not-a-cursor"));
        assertEquals(400, e.status());
    }

    @Test
    void bindNumbersFromOne() {
        List<Object> bound = new ArrayList<>();
        Query query = (Query) Proxy.newProxyInstance(Query.class.getClassLoader(), new Class<?>[] {Query.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("setParameter") && args[0] instanceof Integer position) {
                        bound.add(position + "=" + args[1]);
                        return proxy;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        KeysetQuery keyset = KeysetQuery.oldestFirst(CURSOR);
        keyset.where("office = ?", ORG);
        keyset.page().bind(query);
        assertEquals(List.of("1=" + ORG, "2=" + AFTER, "3=" + AFTER_ID), bound);
    }

    private static void assertClause(String text, List<Object> parameters, KeysetQuery.Clause clause) {
        assertEquals(text, clause.text());
        assertEquals(parameters, clause.parameters());
        assertEquals(parameters, Arrays.asList(clause.parameterArray()));
    }
}
