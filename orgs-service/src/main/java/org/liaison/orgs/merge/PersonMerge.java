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

/** One merge of a person registered twice into the record that stays, and what it moved, so it can be undone. */
@Entity
@Table(name = "person_merge")
public class PersonMerge extends MergeRecord {

    /** The loser's roles, now the winner's. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "moved_memberships")
    public List<UUID> movedMemberships = new ArrayList<>();

    /** The merge as the API shows it. */
    public record View(UUID id, UUID winnerId, UUID loserId, Instant mergedAt, String mergedBy, Instant undoneAt,
                       List<OtherName> addedNames, List<UUID> movedMemberships) {
    }

    /** @param showWho whether the viewer may see who merged (a login): admins only */
    public View toView(boolean showWho) {
        return new View(id, winnerId, loserId, mergedAt, showWho ? mergedBy : null, undoneAt, List.copyOf(addedNames),
                List.copyOf(movedMemberships));
    }
}
