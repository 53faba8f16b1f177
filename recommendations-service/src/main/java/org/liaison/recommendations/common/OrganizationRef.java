package org.liaison.recommendations.common;

import org.liaison.contracts.OrganizationState;

import java.util.UUID;

/** An organisation a view refers to, with its names as the directory has them now (null until it arrives). */
public record OrganizationRef(UUID id, String nameAr, String nameEn) {

    public static OrganizationRef of(UUID id, OrganizationState state) {
        return id == null ? null : new OrganizationRef(id, state == null ? null : state.nameAr(),
                state == null ? null : state.nameEn());
    }
}
