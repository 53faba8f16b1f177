package org.liaison.orgs.common;

import org.liaison.contracts.PartialDate;

/** Rules for pairs of partial dates. */
public final class Dates {

    private Dates() {
    }

    /**
     * Whether a period from {@code start} to {@code end} is possible. Partial dates compare by the days they
     * may stand for, so 2024 → 2024-06 is fine and 2024-06 → 2024 is too (the end year may be that June).
     */
    public static boolean ordered(PartialDate start, PartialDate end) {
        return start == null || end == null || !start.earliest().isAfter(end.latest());
    }
}
