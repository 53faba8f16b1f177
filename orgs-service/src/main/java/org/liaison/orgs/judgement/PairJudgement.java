package org.liaison.orgs.judgement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.liaison.support.persistence.EnumCodeColumn;

import java.time.Instant;
import java.util.UUID;

/**
 * One judgement of a pair of records that look alike (two organisations, two people), current or not (superseded by
 * a later one, or undone). Each kind of record has its own table, with foreign keys to its records.
 */
@MappedSuperclass
public abstract class PairJudgement extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "left_id")
    public UUID leftId;

    @Column(name = "right_id")
    public UUID rightId;

    @Convert(converter = JudgementColumn.class)
    public Judgement judgement;

    public String note;

    @Column(name = "judged_at")
    public Instant judgedAt;

    /** The subject of the token that judged, for the record. */
    @Column(name = "judged_by")
    public String judgedBy;

    /** The merge a {@link Judgement#SAME} performed. */
    @Column(name = "merge_id")
    public UUID mergeId;

    @Column(name = "superseded_by")
    public UUID supersededBy;

    @Column(name = "undone_at")
    public Instant undoneAt;

    @Column(name = "undone_by")
    public String undoneBy;

    public boolean isCurrent() {
        return supersededBy == null && undoneAt == null;
    }

    /** The judgement as the API shows it. */
    public record View(UUID id, UUID left, UUID right, Judgement judgement, String note, Instant judgedAt,
                       String judgedBy, UUID mergeId, boolean current, UUID supersededBy, Instant undoneAt,
                       String undoneBy) {
    }

    /** @param showWho whether the viewer may see who judged and undid (logins): admins only */
    public View toView(boolean showWho) {
        return new View(id, leftId, rightId, judgement, note, judgedAt, showWho ? judgedBy : null, mergeId,
                isCurrent(), supersededBy, undoneAt, showWho ? undoneBy : null);
    }

    @Converter
    static class JudgementColumn extends EnumCodeColumn<Judgement> {
        JudgementColumn() {
            super(Judgement.class);
        }
    }
}
