package org.liaison.recommendations.recommendation;


import org.liaison.recommendations.model.RecommendationStatus;

import java.util.UUID;

/**
 * The filters of {@code GET /recommendations}; null means "any".
 *
 * @param organizationId the issuing organisation or the lead office
 * @param instrument     a canonical instrument id (unsc-2254)
 */
public record RecommendationFilter(UUID organizationId, Integer year, String theme, RecommendationStatus status,
                                   String instrument, UUID setId, String q) {
}
