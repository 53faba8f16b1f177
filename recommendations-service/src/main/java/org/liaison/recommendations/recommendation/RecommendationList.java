package org.liaison.recommendations.recommendation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hibernate.jpa.HibernateHints;
import org.liaison.recommendations.model.Recommendation;
import org.liaison.recommendations.model.RecommendationSet;
import org.liaison.support.directory.OrganizationDirectory;
import org.liaison.support.paging.KeysetCursor;
import org.liaison.support.paging.KeysetPages;
import org.liaison.support.paging.KeysetQuery;
import org.liaison.support.paging.Page;
import org.liaison.support.paging.PageTotal;
import org.liaison.support.paging.PageTotals;
import org.liaison.support.persistence.CustomPlans;
import org.liaison.support.text.NameSearch;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@code GET /recommendations}: the filters as one query, paged by (createdAt, id) like every list. */
@ApplicationScoped
@Transactional
public class RecommendationList {

    private final OrganizationDirectory organizations;
    private final PageTotals totals;

    public RecommendationList(OrganizationDirectory organizations, PageTotals totals) {
        this.organizations = organizations;
        this.totals = totals;
    }

    public Page<RecommendationView> list(int limit, String cursor, RecommendationFilter filter) {
        // Each condition twice: in HQL for the page, in SQL for the total (PageTotals counts and estimates in SQL).
        KeysetQuery query = KeysetQuery.oldestFirst(cursor).alias("r");
        if (filter.organizationId() != null) {
            // A merged organisation's id finds what now refers to its winner.
            UUID organizationId = organizations.resolve(filter.organizationId());
            query.where("r.leadOfficeId = ? or r.setId in (select s.id from RecommendationSet s"
                            + " where s.issuingOrganizationId = ?)", organizationId, organizationId)
                    .sql("r.lead_office_id = ? or r.set_id in (select s.id from recommendation_set s"
                            + " where s.issuing_organization_id = ?)", organizationId, organizationId);
        }
        if (filter.year() != null) {
            query.where("r.setId in (select s.id from RecommendationSet s where s.year = ?)", filter.year())
                    .sql("r.set_id in (select s.id from recommendation_set s where s.year = ?)", filter.year());
        }
        if (filter.setId() != null) {
            query.where("r.setId = ?", filter.setId()).sql("r.set_id = ?", filter.setId());
        }
        if (filter.theme() != null) {
            query.where("array_position(r.themes, ?) > 0", filter.theme()) // Hibernate answers 0 for "not there"
                    .sql("? = any(r.themes)", filter.theme());
        }
        if (filter.status() != null) {
            query.where("r.status = ?", filter.status()).sql("r.status = ?", filter.status().code());
        }
        if (filter.instrument() != null) {
            // Hibernate answers 0 for "not there"
            query.where("array_position(r.instrumentIds, ?) > 0", filter.instrument())
                    .sql("? = any(r.instrument_ids)", filter.instrument());
        }
        if (filter.q() != null) {
            // Any spelling of the words, Arabic or English: the query is folded like the stored text, by its search
            // key and by its compact key (the stored text carries both), so that every spelling the duplicate check
            // takes for a name finds it: «عبدالرحمن» finds «عبد الرحمن», «عبد-الرحمن» and «ال حاج» find «الحاج».
            NameSearch search = NameSearch.of(filter.q()).orElse(NameSearch.EVERYTHING);
            // Planned for the pattern, as the organisations' name search of the same shape: the generic plan of a
            // prepared statement, blind to it, sorts every match of a common word before taking the oldest.
            CustomPlans.forThisTransaction(Recommendation.getEntityManager());
            if (search.search().equals(search.compact())) {
                query.where("r.searchText like ?", search.search()).sql("r.search_text like ?", search.search());
            } else {
                query.where("r.searchText like ? or r.searchText like ?", search.search(), search.compact())
                        .sql("r.search_text like ? or r.search_text like ?", search.search(), search.compact());
            }
        }
        KeysetQuery.Clause count = query.sqlCount();
        PageTotal total = totals.count("from recommendation r " + count.text(), count.parameters());
        KeysetQuery.Clause page = query.page();
        List<Recommendation> rows = Recommendation.<Recommendation>find("from Recommendation r " + page.text(),
                        page.parameterArray()).page(0, limit + 1)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
        // The page's sets in one query, not one each.
        List<UUID> setIds = rows.stream().map(row -> row.setId).distinct().toList();
        Map<UUID, RecommendationSet> sets = setIds.isEmpty() ? Map.of()
                : RecommendationSet.<RecommendationSet>find("id in ?1", setIds)
                        .withHint(HibernateHints.HINT_READ_ONLY, true).stream()
                        .collect(Collectors.toMap(set -> set.id, Function.identity()));
        return KeysetPages.of(rows, limit, total, row -> new KeysetCursor(row.createdAt, row.id),
                row -> RecommendationView.of(row, sets.get(row.setId), organizations));
    }
}
