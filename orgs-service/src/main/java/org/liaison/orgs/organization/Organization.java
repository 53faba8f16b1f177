package org.liaison.orgs.organization;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.liaison.contracts.OrganizationState;

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
    static class KindColumn implements AttributeConverter<OrganizationKind, String> {
        @Override
        public String convertToDatabaseColumn(OrganizationKind kind) {
            return kind == null ? null : kind.code();
        }

        @Override
        public OrganizationKind convertToEntityAttribute(String code) {
            return code == null ? null : OrganizationKind.fromCode(code);
        }
    }

    @Converter
    static class RelationColumn implements AttributeConverter<ParentRelation, String> {
        @Override
        public String convertToDatabaseColumn(ParentRelation relation) {
            return relation == null ? null : relation.code();
        }

        @Override
        public ParentRelation convertToEntityAttribute(String code) {
            return code == null ? null : ParentRelation.fromCode(code);
        }
    }
}
