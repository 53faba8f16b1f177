package org.liaison.recommendations.merge;

import org.liaison.support.merge.ReferenceColumn;

import java.util.List;

/**
 * Every place where recommendations-service stores an organisation's id: what {@code organization.merged}
 * rewrites and {@code organization.unmerged} restores. A new reference is one more constant here, in {@link #ALL}.
 * Each sits in the row of the aggregate that changes with it, a set ({@link #ISSUING}) or a recommendation, or in a
 * row of a recommendation's ({@link #ACTION_LEAD}).
 */
public final class ReferenceColumns {

    public static final ReferenceColumn ISSUING =
            ReferenceColumn.inRow("issuing", "recommendation_set", "issuing_organization_id");
    public static final ReferenceColumn LEAD = ReferenceColumn.inRow("lead", "recommendation", "lead_office_id");
    /** Each element on its own, by position (from 1), so that a list naming both loser and winner comes back. */
    public static final ReferenceColumn SUPPORTING = new ReferenceColumn("supporting", "recommendation", "id", "id",
            "supporting_organization_ids", true);

    /**
     * The unit leading an action of a recommendation: the recommendation (its owner) gets a new version and event,
     * which carry its actions. The action's own revisions are not written for the move, so a report as of an earlier
     * day shows the lead the action had then.
     */
    public static final ReferenceColumn ACTION_LEAD = new ReferenceColumn("action_lead", "recommendation_action",
            "recommendation_id", "id", "lead_office_id", false);

    public static final List<ReferenceColumn> ALL = List.of(ISSUING, LEAD, SUPPORTING, ACTION_LEAD);

    private ReferenceColumns() {
    }
}
