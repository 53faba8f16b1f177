package org.liaison.support.paging;

import java.util.List;

/**
 * One page of a list: {@code nextCursor} fetches the next page and is absent on the last one; {@code
 * total} counts every item matching the filters. Keyset paging keeps pages stable while items are added.
 */
public record Page<T>(List<T> items, int limit, long total, String nextCursor) {
}
