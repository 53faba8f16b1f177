package org.liaison.support.paging;

/** How many items a list's filters match: counted, or estimated when there are more than it is worth counting. */
public record PageTotal(long value, boolean estimate) {

    public static PageTotal exact(long value) {
        return new PageTotal(value, false);
    }
}
