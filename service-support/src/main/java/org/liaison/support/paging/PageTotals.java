package org.liaison.support.paging;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.liaison.support.persistence.CustomPlans;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The totals of list pages. Counting every match of a common word among a hundred thousand meetings costs more than
 * finding the page itself, and nobody reads past the first thousands: matches are counted exactly up to
 * {@code liaison.paging.exact-total-up-to}, and beyond it the total is the planner's estimate of the same query
 * ({@code EXPLAIN}, no rows read), never less than what was counted. Both are planned for the values given
 * ({@link CustomPlans#select}): how many rows a word or a filter matches is what they are about.
 * <p>
 * An estimate comes from the table's statistics, which change only when it is analysed: it is kept for
 * {@code liaison.paging.estimate-max-age} by its query and values, so that a common word searched again is planned
 * once, for its page, not twice (the estimate's {@code EXPLAIN} was a sixth of PostgreSQL's time in such a search).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PageTotals {

    /** The top plan node's estimated rows, on the first line of {@code EXPLAIN}'s text. */
    private static final Pattern ROWS = Pattern.compile(" rows=(\\d+) ");

    private final EntityManager entityManager;
    private final long exactUpTo;

    private final Cache<String, Long> estimates;

    public PageTotals(EntityManager entityManager,
                      @ConfigProperty(name = "liaison.paging.exact-total-up-to") long exactUpTo,
                      @ConfigProperty(name = "liaison.paging.estimate-max-age") Duration estimateMaxAge,
                      @ConfigProperty(name = "liaison.paging.estimate-cache-size") long estimateCacheSize) {
        this.entityManager = entityManager;
        this.exactUpTo = exactUpTo;
        this.estimates = Caffeine.newBuilder().maximumSize(estimateCacheSize).expireAfterWrite(estimateMaxAge)
                .build();
    }

    /**
     * @param fromWhere  native SQL from {@code from} on, its parameters numbered {@code ?1}, {@code ?2}, ...
     * @param parameters their values, in order
     */
    public PageTotal count(String fromWhere, List<Object> parameters) {
        return count(fromWhere, parameters, 0);
    }

    /**
     * The same, when the caller has already seen {@code atLeast} matches: beyond the bound, nothing is counted.
     */
    public PageTotal count(String fromWhere, List<Object> parameters, long atLeast) {
        long counted = atLeast;
        if (atLeast <= exactUpTo) {
            counted = ((Number) CustomPlans.select(entityManager, "select count(*) from (select 1 " + fromWhere
                    + " limit " + (exactUpTo + 1) + ") counted", parameters).get(0)[0]).longValue();
            if (counted <= exactUpTo) {
                return PageTotal.exact(counted);
            }
        }
        long estimate = estimates.get(fromWhere + '\n' + Arrays.deepToString(parameters.toArray()),
                key -> estimate(fromWhere, parameters));
        return new PageTotal(Math.max(counted, estimate), true);
    }

    /** The planner's estimate of the rows, 0 if the plan does not say. */
    private long estimate(String fromWhere, List<Object> parameters) {
        List<Object[]> plan = CustomPlans.select(entityManager, "explain select 1 " + fromWhere, parameters);
        Matcher rows = ROWS.matcher(plan.isEmpty() ? "" : String.valueOf(plan.get(0)[0]));
        return rows.find() ? Long.parseLong(rows.group(1)) : 0;
    }
}
