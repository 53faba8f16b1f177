package org.liaison.orgs.merge;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.liaison.contracts.OtherName;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One merge of a record registered twice (the loser) into the record that stays (the winner), and what it moved, kept
 * so that it can be undone exactly. Each kind of record has its own table, with what its merges move.
 */
@MappedSuperclass
public abstract class MergeRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "winner_id")
    public UUID winnerId;

    @Column(name = "loser_id")
    public UUID loserId;

    @Column(name = "merged_at")
    public Instant mergedAt;

    /** The subject of the token that merged, for the record. */
    @Column(name = "merged_by")
    public String mergedBy;

    @Column(name = "undone_at")
    public Instant undoneAt;

    /** The loser's names that the winner took as other names (those it did not carry already). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "added_names")
    public List<OtherName> addedNames = new ArrayList<>();
}
