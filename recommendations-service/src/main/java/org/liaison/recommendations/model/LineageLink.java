package org.liaison.recommendations.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.liaison.support.persistence.EnumCodeColumn;

import java.time.Instant;
import java.util.UUID;

/** A link between two recommendations, usually of different years; links are added, never changed. */
@Entity
@Table(name = "recommendation_link")
public class LineageLink extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "from_id")
    public UUID fromId;

    @Convert(converter = RelationColumn.class)
    public LineageRelation relation;

    @Column(name = "to_id")
    public UUID toId;

    public String note;

    @Column(name = "created_by_office")
    public UUID createdByOffice;

    @Column(name = "created_at")
    public Instant createdAt;

    @Converter
    static class RelationColumn extends EnumCodeColumn<LineageRelation> {
        RelationColumn() {
            super(LineageRelation.class);
        }
    }
}
