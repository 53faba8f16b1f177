package org.liaison.recommendations.merge;

import java.util.List;

import static org.liaison.recommendations.merge.ReferenceColumn.Aggregate.RECOMMENDATION;
import static org.liaison.recommendations.merge.ReferenceColumn.Aggregate.SET;

/**
 * Every place where recommendations-service stores an organisation's id: what {@code organization.merged}
 * rewrites and {@code organization.unmerged} restores. A new reference is one more constant here, in {@link #ALL}.
 */
public final class ReferenceColumns {

    public static final ReferenceColumn ISSUING =
            new ReferenceColumn("issuing", "recommendation_set", "issuing_organization_id", false, SET);
    public static final ReferenceColumn LEAD =
            new ReferenceColumn("lead", "recommendation", "lead_office_id", false, RECOMMENDATION);
    public static final ReferenceColumn SUPPORTING =
            new ReferenceColumn("supporting", "recommendation", "supporting_organization_ids", true, RECOMMENDATION);

    public static final List<ReferenceColumn> ALL = List.of(ISSUING, LEAD, SUPPORTING);

    private ReferenceColumns() {
    }
}
