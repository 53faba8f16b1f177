package org.liaison.orgs.membership;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.liaison.contracts.EnumCodes;

import java.util.Arrays;
import java.util.List;

/**
 * The role of a member in an organisation: a closed list that grows by adding constants here. The words of the
 * source («مدير التخطيط السياسي والعلاقات الحكومية») go in the membership's free {@code label}. A person may hold
 * any role but {@code component}; an organisation belongs to another as {@code member}, {@code founding_member},
 * {@code observer} or {@code component} (a body represented in a commission, as the components of the Negotiation
 * Commission are), since the offices of a person (president, director, ...) are not held by an organisation.
 */
public enum MembershipRole {
    CO_CHAIR, PRESIDENT, EXECUTIVE_DIRECTOR, CO_DIRECTOR, DIRECTOR, BOARD_MEMBER, MEMBER, REPRESENTATIVE, SPOKESPERSON,
    FOUNDING_MEMBER, OBSERVER, COMPONENT;

    private static final List<MembershipRole> OF_ORGANIZATIONS = List.of(MEMBER, FOUNDING_MEMBER, OBSERVER, COMPONENT);

    @JsonValue
    public String code() {
        return EnumCodes.code(this);
    }

    @JsonCreator
    public static MembershipRole fromCode(String code) {
        return EnumCodes.parse(MembershipRole.class, code);
    }

    /** Whether a member of this kind may hold this role. */
    public boolean fits(MemberKind kind) {
        return kind == MemberKind.ORGANIZATION ? OF_ORGANIZATIONS.contains(this) : this != COMPONENT;
    }

    /** The codes a member of this kind may hold, for the problem that refuses another. */
    static String codesFor(MemberKind kind) {
        return String.join(", ", Arrays.stream(values()).filter(r -> r.fits(kind)).map(MembershipRole::code).toList());
    }
}
