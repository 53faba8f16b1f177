package org.liaison.recommendations.action;

import org.liaison.contracts.PartialDate;
import org.liaison.recommendations.common.OrganizationRef;
import org.liaison.recommendations.model.ActionStatus;
import org.liaison.recommendations.model.RecommendationAction;
import org.liaison.support.directory.OrganizationDirectory;

import java.time.Instant;
import java.util.UUID;

/** An action as the API shows it, its lead unit with its current names. */
public record ActionView(UUID id, long version, UUID recommendationId, String titleAr, String titleEn,
                         OrganizationRef leadOffice, PartialDate dueDate, ActionStatus status, int progress,
                         int weight, Instant createdAt, Instant updatedAt) {

    public static ActionView of(RecommendationAction a, OrganizationDirectory directory) {
        return new ActionView(a.id, a.version, a.recommendationId, a.titleAr, a.titleEn,
                a.leadOfficeId == null ? null
                        : OrganizationRef.of(a.leadOfficeId, directory.find(a.leadOfficeId).orElse(null)),
                a.dueDate, a.status, a.progress, a.weight, a.createdAt, a.updatedAt);
    }
}
