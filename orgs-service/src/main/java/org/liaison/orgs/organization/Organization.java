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
import org.liaison.contracts.Identifier;
import org.liaison.contracts.Link;
import org.liaison.contracts.OrganizationKind;
import org.liaison.contracts.OrganizationState;
import org.liaison.contracts.OtherName;
import org.liaison.contracts.PartialDate;
import org.liaison.contracts.Source;
import org.liaison.support.persistence.EnumCodeColumn;
import org.liaison.support.persistence.PartialDateColumn;

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

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "other_names")
    public List<OtherName> otherNames = new ArrayList<>();

    /** The organisation this one sits under (a council for its office), or null. */
    @Column(name = "parent_id")
    public UUID parentId;

    @Convert(converter = RelationColumn.class)
    @Column(name = "parent_relation")
    public ParentRelation parentRelation;

    /** ISO 3166-1 alpha-2. */
    public String country;

    public String city;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> domains = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> principles = new ArrayList<>();

    /** How many principles the source says there are, when it names fewer; null otherwise. */
    @Column(name = "principles_stated_count")
    public Integer principlesStatedCount;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> goals = new ArrayList<>();

    @Convert(converter = PartialDateColumn.class)
    @Column(name = "founding_date")
    public PartialDate foundingDate;

    @Convert(converter = PartialDateColumn.class)
    @Column(name = "dissolution_date")
    public PartialDate dissolutionDate;

    public boolean active = true;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Identifier> identifiers = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Link> links = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Source> sources = new ArrayList<>();

    /** The ids of the catalogue instruments it cites as its basis ({@code unsc-1325}, {@code cedaw}). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> instruments = new ArrayList<>();

    /** The organisation this one was merged into, while the merge stands. */
    @Column(name = "merged_into")
    public UUID mergedInto;

    /**
     * The folded names of the name index, joined by {@link OrganizationNames#KEY_SEPARATOR}: what a search by name
     * reads; null while merged. Kept by {@link OrganizationNames}, never shown.
     */
    @Column(name = "search_keys")
    public String searchKeys;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public OrganizationState toState() {
        return new OrganizationState(id, version, kind.code(), nameAr, nameEn, shortNames, otherNames, parentId,
                parentRelation == null ? null : parentRelation.code(), country, city, domains, principles,
                principlesStatedCount, goals, foundingDate, dissolutionDate, active, identifiers, links, sources,
                mergedInto, instruments);
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
