package org.liaison.recommendations.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.liaison.contracts.PartialDate;
import org.liaison.contracts.Source;
import org.liaison.support.persistence.PartialDateColumn;
import org.liaison.support.problem.ProblemException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The numbered list an annual meeting adopted as an organisation's work plan for a year. */
@Entity
@Table(name = "recommendation_set")
public class RecommendationSet extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Raised on every change, the list of its recommendations included; events carry it. */
    @Version
    public long version;

    @Column(name = "issuing_organization_id")
    public UUID issuingOrganizationId;

    /** The work-plan year (2023), not the year of the meeting that adopted it (which may be the one before). */
    public int year;

    @Column(name = "adopting_meeting_id")
    public UUID adoptingMeetingId;

    /** Partial, or absent: «أمس السبت» in an undated article gives no date at all. */
    @Convert(converter = PartialDateColumn.class)
    @Column(name = "adopted_on")
    public PartialDate adoptedOn;

    @Column(name = "title_ar")
    public String titleAr;

    @Column(name = "title_en")
    public String titleEn;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Source> sources = new ArrayList<>();

    @Column(name = "created_by_office")
    public UUID createdByOffice;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The set, locked when a recommendation is added, so that two additions serialise on it. */
    public static RecommendationSet require(UUID id, LockModeType lock) {
        RecommendationSet set = RecommendationSet.findById(id, lock);
        if (set == null) {
            throw ProblemException.notFound("recommendation set", id);
        }
        return set;
    }
}
