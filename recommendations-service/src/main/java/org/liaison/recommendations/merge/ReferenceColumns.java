package org.liaison.recommendations.merge;

import org.liaison.support.merge.ReferenceColumn;

import java.util.List;

/**
 * Every place where recommendations-service stores an organisation's id: what {@code organization.merged}
 * rewrites and {@code organization.unmerged} restores. A new reference is one more constant here, in {@link #ALL}.
 * Each sits in the row of the aggregate that changes with it: a set ({@link #ISSUING}) or a recommendation.
 */
public final class ReferenceColumns {

    public static final ReferenceColumn ISSUING =
            ReferenceColumn.inRow("issuing", "recommendation_set", "issuing_organization_id");
    public static final ReferenceColumn LEAD = ReferenceColumn.inRow("lead", "recommendation", "lead_office_id");
    /** Each element on its own, by position (from 1), so that a list naming both loser and winner comes back. */
    public static final ReferenceColumn SUPPORTING = new ReferenceColumn("supporting", "recommendation", "id", "id",
            "supporting_organization_ids", true);

    public static final List<ReferenceColumn> ALL = List.of(ISSUING, LEAD, SUPPORTING);

    private ReferenceColumns() {
    }
}
