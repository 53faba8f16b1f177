package org.liaison.support.paging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.liaison.support.persistence.CustomPlans;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The totals of list pages. Counting every match of a common word among a hundred thousand meetings costs more than
 * finding the page itself, and nobody reads past the first thousands: matches are counted exactly up to
 * {@code liaison.paging.exact-total-up-to}, and beyond it the total is the planner's estimate of the same query
 * ({@code EXPLAIN}, no rows read), never less than what was counted. Both are planned for the values given
 * ({@link CustomPlans#select}): how many rows a word or a filter matches is what they are about.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PageTotals {

    /** The top plan node's estimated rows, on the first line of {@code EXPLAIN}'s text. */
    private static final Pattern ROWS = Pattern.compile(" rows=(\\d+) ");

    private final EntityManager entityManager;
    private final long exactUpTo;

    public PageTotals(EntityManager entityManager,
                      @ConfigProperty(name = "liaison.paging.exact-total-up-to") long exactUpTo) {
        this.entityManager = entityManager;
        this.exactUpTo = exactUpTo;
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
        List<Object[]> plan = CustomPlans.select(entityManager, "explain select 1 " + fromWhere, parameters);
        Matcher rows = ROWS.matcher(plan.isEmpty() ? "" : String.valueOf(plan.get(0)[0]));
        long estimate = rows.find() ? Long.parseLong(rows.group(1)) : counted;
        return new PageTotal(Math.max(counted, estimate), true);
    }
}
