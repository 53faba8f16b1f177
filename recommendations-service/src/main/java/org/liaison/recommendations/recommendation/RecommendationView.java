package org.liaison.recommendations.recommendation;

import org.liaison.recommendations.common.OrganizationRef;
import org.liaison.recommendations.model.InstrumentRef;
import org.liaison.recommendations.model.Recommendation;
import org.liaison.recommendations.model.RecommendationSet;
import org.liaison.recommendations.model.RecommendationStatus;
import org.liaison.support.directory.OrganizationDirectory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A recommendation as the API shows it: its number as written, its organisations with their current names.
 *
 * @param progress percent done (0-100) as the last status change left it; null when never reported
 */
public record RecommendationView(UUID id, long version, UUID setId, int year, OrganizationRef issuingOrganization,
                                 int number, String numberAsWritten, String textAr, String textEn, List<String> themes,
                                 OrganizationRef leadOffice, List<OrganizationRef> supportingOrganizations,
                                 List<InstrumentRef> instruments, RecommendationStatus status, Integer progress,
                                 Instant createdAt,
                                 Instant updatedAt) {

    public static RecommendationView of(Recommendation r, RecommendationSet set, OrganizationDirectory directory) {
        return new RecommendationView(r.id, r.version, r.setId, set.year,
                ref(set.issuingOrganizationId, directory), r.number, r.numberAsWritten, r.textAr, r.textEn,
                List.copyOf(r.themes), ref(r.leadOfficeId, directory),
                // A merge can leave the winner twice in the list; it is shown once.
                r.supportingOrganizationIds.stream().distinct().map(id -> ref(id, directory)).toList(),
                List.copyOf(r.instruments), r.status, r.progress, r.createdAt, r.updatedAt);
    }

    private static OrganizationRef ref(UUID id, OrganizationDirectory directory) {
        return id == null ? null : OrganizationRef.of(id, directory.find(id).orElse(null));
    }
}
