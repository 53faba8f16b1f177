package org.liaison.orgs.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.liaison.contracts.OtherName;
import org.liaison.contracts.PersonState;
import org.liaison.contracts.Source;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A person who holds roles in organisations (د. بدر جاموس, president of the Syrian Negotiation Commission). */
@Entity
@Table(name = "person")
public class Person extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Raised on every change; events carry it so consumers keep only the newest state. */
    @Version
    public long version;

    @Column(name = "name_ar")
    public String nameAr;

    @Column(name = "name_en")
    public String nameEn;

    /** As written before the name: د. */
    public String honorific;

    /** Former names and variants as sources write them, in the event payload's own shape. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "other_names")
    public List<OtherName> otherNames = new ArrayList<>();

    /** Where the facts about this person were read. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Source> sources = new ArrayList<>();

    /** Set while this record is merged into that person (the same person registered twice). */
    @Column(name = "merged_into")
    public UUID mergedInto;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public PersonState toState() {
        return new PersonState(id, version, nameAr, nameEn, honorific, otherNames, sources, mergedInto);
    }
}
