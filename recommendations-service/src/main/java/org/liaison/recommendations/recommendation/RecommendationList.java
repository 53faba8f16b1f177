package org.liaison.recommendations.recommendation;

import org.liaison.names.ArabicNames;
import org.liaison.recommendations.model.Recommendation;
import org.liaison.recommendations.model.RecommendationSet;
import org.liaison.support.text.Texts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.hibernate.jpa.HibernateHints;
import org.liaison.support.directory.OrganizationDirectory;
import org.liaison.support.paging.KeysetCursor;
import org.liaison.support.paging.KeysetPages;
import org.liaison.support.paging.Page;
import org.liaison.support.paging.PageTotal;
import org.liaison.support.paging.PageTotals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@code GET /recommendations}: the filters as one query, paged by (createdAt, id) like every list. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RecommendationList {

    private final OrganizationDirectory organizations;
    private final PageTotals totals;

    public RecommendationList(OrganizationDirectory organizations, PageTotals totals) {
        this.organizations = organizations;
        this.totals = totals;
    }

    public Page<RecommendationView> list(int limit, String cursor, RecommendationFilter filter) {
        // Each condition twice: in HQL for the page, in SQL for the total (PageTotals counts and estimates in SQL).
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        List<String> sqlWhere = new ArrayList<>();
        List<Object> sqlParams = new ArrayList<>();
        if (filter.organizationId() != null) {
            // A merged organisation's id finds what now refers to its winner.
            params.add(organizations.resolve(filter.organizationId()));
            where.add("(r.leadOfficeId = ?%1$d or r.setId in (select s.id from RecommendationSet s where s.issuingOrganizationId = ?%1$d))"
                    .formatted(params.size()));
            sqlParams.add(params.get(params.size() - 1));
            sqlWhere.add(("(r.lead_office_id = ?%1$d or r.set_id in (select s.id from recommendation_set s"
                    + " where s.issuing_organization_id = ?%1$d))").formatted(sqlParams.size()));
        }
        if (filter.year() != null) {
            params.add(filter.year());
            where.add("r.setId in (select s.id from RecommendationSet s where s.year = ?" + params.size() + ")");
            sqlParams.add(filter.year());
            sqlWhere.add("r.set_id in (select s.id from recommendation_set s where s.year = ?" + sqlParams.size() + ")");
        }
        if (filter.setId() != null) {
            params.add(filter.setId());
            where.add("r.setId = ?" + params.size());
            sqlParams.add(filter.setId());
            sqlWhere.add("r.set_id = ?" + sqlParams.size());
        }
        if (filter.theme() != null) {
            params.add(filter.theme());
            where.add("array_position(r.themes, ?" + params.size() + ") > 0"); // Hibernate answers 0 for "not there"
            sqlParams.add(filter.theme());
            sqlWhere.add("?" + sqlParams.size() + " = any(r.themes)");
        }
        if (filter.status() != null) {
            params.add(filter.status());
            where.add("r.status = ?" + params.size());
            sqlParams.add(filter.status().code());
            sqlWhere.add("r.status = ?" + sqlParams.size());
        }
        if (filter.instrument() != null) {
            params.add(filter.instrument());
            where.add("array_position(r.instrumentIds, ?" + params.size() + ") > 0"); // Hibernate answers 0 for "not there"
            sqlParams.add(filter.instrument());
            sqlWhere.add("?" + sqlParams.size() + " = any(r.instrument_ids)");
        }
        if (filter.q() != null) {
            // Any spelling of the words, Arabic or English: the query is folded like the stored text.
            params.add("%" + Texts.likeEscaped(ArabicNames.searchKey(filter.q()).strip()) + "%");
            where.add("r.searchText like ?" + params.size());
            sqlParams.add(params.get(params.size() - 1));
            sqlWhere.add("r.search_text like ?" + sqlParams.size());
        }
        PageTotal total = totals.count("from recommendation r"
                + (sqlWhere.isEmpty() ? "" : " where " + String.join(" and ", sqlWhere)), sqlParams);
        KeysetCursor after = KeysetCursor.decode(cursor);
        if (after != null) {
            params.add(after.after());
            params.add(after.afterId());
            where.add("(r.createdAt > ?%1$d or (r.createdAt = ?%1$d and r.id > ?%2$d))".formatted(params.size() - 1, params.size()));
        }
        String query = "from Recommendation r" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by r.createdAt, r.id";
        List<Recommendation> rows = Recommendation.<Recommendation>find(query, params.toArray()).page(0, limit + 1)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
        Map<UUID, RecommendationSet> sets = new HashMap<>();
        return KeysetPages.of(rows, limit, total, row -> new KeysetCursor(row.createdAt, row.id),
                row -> RecommendationView.of(row, sets.computeIfAbsent(row.setId,
                        id -> RecommendationSet.require(id, LockModeType.NONE)), organizations));
    }
}
