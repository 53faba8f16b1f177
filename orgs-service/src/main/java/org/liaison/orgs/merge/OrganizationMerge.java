package org.liaison.orgs.merge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.liaison.contracts.OtherName;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One merge of an organisation registered twice, and what it moved: units, roles, memberships. */
@Entity
@Table(name = "organization_merge")
public class OrganizationMerge extends MergeRecord {

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "moved_units")
    public List<UUID> movedUnits = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "moved_memberships")
    public List<UUID> movedMemberships = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "moved_on_behalf_of")
    public List<UUID> movedOnBehalfOf = new ArrayList<>();

    /** The loser's memberships of other organisations, now the winner's. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "moved_member_of")
    public List<UUID> movedMemberOf = new ArrayList<>();

    /**
     * Memberships between the winner and the loser, left as they were: moved, they would make the winner a member of
     * itself. While the merge stands they are in no list and no export; undoing it shows them again.
     */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "kept_memberships")
    public List<UUID> keptMemberships = new ArrayList<>();

    /**
     * The merge as the API shows it.
     *
     * @param movedMemberships memberships in the loser (people's roles and organisations' memberships)
     * @param movedOnBehalfOf  people's roles held on the loser's behalf
     * @param movedMemberOf    the loser's memberships of other organisations
     * @param keptMemberships  memberships between winner and loser, left pointing at the loser
     */
    public record View(UUID id, UUID winnerId, UUID loserId, Instant mergedAt, String mergedBy, Instant undoneAt,
                       List<OtherName> addedNames, List<UUID> movedUnits, List<UUID> movedMemberships,
                       List<UUID> movedOnBehalfOf, List<UUID> movedMemberOf, List<UUID> keptMemberships) {
    }

    /** @param showWho whether the viewer may see who merged (a login): admins only */
    public View toView(boolean showWho) {
        return new View(id, winnerId, loserId, mergedAt, showWho ? mergedBy : null, undoneAt, List.copyOf(addedNames),
                List.copyOf(movedUnits), List.copyOf(movedMemberships), List.copyOf(movedOnBehalfOf),
                List.copyOf(movedMemberOf), List.copyOf(keptMemberships));
    }
}
