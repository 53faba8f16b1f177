package org.liaison.support.paging;

import java.util.List;
import java.util.function.Function;

/**
 * Builds pages of lists ordered by (createdAt, id): the query ({@link KeysetQuery}) fetches one row more than the
 * limit, and that extra row only tells that a next page exists.
 */
public final class KeysetPages {

    private KeysetPages() {
    }

    public static <E, V> Page<V> of(List<E> limitPlusOne, int limit, long total,
                                    Function<E, KeysetCursor> position, Function<E, V> view) {
        return of(limitPlusOne, limit, PageTotal.exact(total), position, view);
    }

    public static <E, V> Page<V> of(List<E> limitPlusOne, int limit, PageTotal total,
                                    Function<E, KeysetCursor> position, Function<E, V> view) {
        boolean more = limitPlusOne.size() > limit;
        List<E> rows = more ? limitPlusOne.subList(0, limit) : limitPlusOne;
        String next = more ? position.apply(rows.get(limit - 1)).encode() : null;
        return new Page<>(rows.stream().map(view).toList(), limit, total, next);
    }
}
