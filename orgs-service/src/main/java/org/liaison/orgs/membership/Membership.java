package org.liaison.orgs.membership;

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
import org.liaison.contracts.MembershipState;
import org.liaison.contracts.PartialDate;
import org.liaison.contracts.Source;
import org.liaison.support.persistence.EnumCodeColumn;
import org.liaison.support.persistence.PartialDateColumn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A role a person holds or held in an organisation (أسعد العشي, executive director of بيتنا), possibly on
 * behalf of another organisation; or an organisation's membership of another (المجلس السوري الأمريكي under the
 * umbrella of التحالف الأمريكي لأجل سوريا). The member is {@code personId} or {@code memberOrganizationId}, never
 * both. Current while {@code endDate} is null.
 */
@Entity
@Table(name = "membership")
public class Membership extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Raised on every change; events carry it so consumers keep only the newest state. */
    @Version
    public long version;

    /** The member when it is a person. */
    @Column(name = "person_id")
    public UUID personId;

    /** The member when it is an organisation; never {@code organizationId} itself. */
    @Column(name = "member_organization_id")
    public UUID memberOrganizationId;

    @Column(name = "organization_id")
    public UUID organizationId;

    @Convert(converter = RoleColumn.class)
    public MembershipRole role;

    /** The role as the source words it. */
    public String label;

    /** The organisation the person speaks for in this role, when not the organisation itself. */
    @Column(name = "on_behalf_of_id")
    public UUID onBehalfOfId;

    @Convert(converter = PartialDateColumn.class)
    @Column(name = "start_date")
    public PartialDate startDate;

    /** Null while the role is held. */
    @Convert(converter = PartialDateColumn.class)
    @Column(name = "end_date")
    public PartialDate endDate;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Source> sources = new ArrayList<>();

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public boolean isCurrent() {
        return endDate == null;
    }

    public MemberKind memberKind() {
        return memberOrganizationId != null ? MemberKind.ORGANIZATION : MemberKind.PERSON;
    }

    /** The member's id, a person's or an organisation's. */
    public UUID memberId() {
        return memberOrganizationId != null ? memberOrganizationId : personId;
    }

    public MembershipState toState() {
        return new MembershipState(id, version, personId, organizationId, role.code(), label, onBehalfOfId,
                startDate, endDate, sources, memberKind().code(), memberOrganizationId);
    }

    @Converter
    static class RoleColumn extends EnumCodeColumn<MembershipRole> {
        RoleColumn() {
            super(MembershipRole.class);
        }
    }
}
