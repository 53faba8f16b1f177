package org.liaison.support.paging;

import java.util.List;

/**
 * One page of a list: {@code nextCursor} fetches the next page and is absent on the last one; {@code total} counts
 * every item matching the filters, exactly up to {@code liaison.paging.exact-total-up-to} and beyond it as
 * PostgreSQL's planner estimates it, which {@code totalIsEstimate} then says. Keyset paging keeps pages stable while
 * items are added.
 */
public record Page<T>(List<T> items, int limit, long total, String nextCursor, boolean totalIsEstimate) {

    /** A page whose total was counted exactly. */
    public Page(List<T> items, int limit, long total, String nextCursor) {
        this(items, limit, total, nextCursor, false);
    }

    public Page(List<T> items, int limit, PageTotal total, String nextCursor) {
        this(items, limit, total.value(), nextCursor, total.estimate());
    }

    /** This page with other items in place of these: for views read for a whole page at once, after the page is cut. */
    public <V> Page<V> withItems(List<V> views) {
        return new Page<>(views, limit, total, nextCursor, totalIsEstimate);
    }
}
