package org.liaison.orgs.organization;

import org.liaison.contracts.OrganizationKind;

import java.util.UUID;

/**
 * What {@code GET /organizations} narrows by; null means "any".
 *
 * @param q        any spelling of any of its names, Arabic or English (folded by the shared normaliser)
 * @param parentId only the direct units of this organisation
 * @param country  ISO 3166-1 alpha-2 code
 * @param active   true for active organisations, false for dissolved ones
 * @param instrument an instrument it cites: a catalogue id or a text naming exactly one («سيداو»)
 */
public record OrganizationFilter(String q, OrganizationKind kind, UUID parentId, String country, Boolean active,
                                 String instrument) {
}
