package org.liaison.orgs.organization;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.liaison.contracts.OrganizationState;
import org.liaison.support.persistence.EnumCodeColumn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "organization")
public class Organization extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Raised on every change; events carry it so consumers keep only the newest state. */
    @Version
    public long version;

    @Convert(converter = KindColumn.class)
    public OrganizationKind kind;

    @Column(name = "name_ar")
    public String nameAr;

    @Column(name = "name_en")
    public String nameEn;

    /** Short names and acronyms, as written: «مسد», SDC. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "short_names")
    public List<String> shortNames = new ArrayList<>();

    /** The organisation this one sits under (a council for its office), or null. */
    @Column(name = "parent_id")
    public UUID parentId;

    @Convert(converter = RelationColumn.class)
    @Column(name = "parent_relation")
    public ParentRelation parentRelation;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public OrganizationState toState() {
        return new OrganizationState(id, version, kind.code(), nameAr, nameEn, List.copyOf(shortNames), parentId,
                parentRelation == null ? null : parentRelation.code());
    }

    @Converter
    static class KindColumn extends EnumCodeColumn<OrganizationKind> {
        KindColumn() {
            super(OrganizationKind.class);
        }
    }

    @Converter
    static class RelationColumn extends EnumCodeColumn<ParentRelation> {
        RelationColumn() {
            super(ParentRelation.class);
        }
    }
}
