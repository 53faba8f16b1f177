package org.liaison.recommendations.set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.liaison.contracts.PartialDate;
import org.liaison.recommendations.common.Years;
import org.liaison.recommendations.recommendation.RecommendationRequests;
import org.liaison.support.input.SourceInput;

import java.util.List;
import java.util.UUID;

import static org.liaison.recommendations.common.Limits.LIST_MAX;
import static org.liaison.recommendations.common.Limits.RECOMMENDATIONS_MAX;
import static org.liaison.recommendations.common.Limits.TITLE_MAX;
import static org.liaison.support.text.Texts.NOT_BLANK;

/** Request bodies of the recommendation-set API. */
public final class SetRequests {

    private SetRequests() {
    }

    /**
     * A set as adopted, optionally with its recommendations, all stored in one transaction (or none of it).
     *
     * @param id                optional: a client (the sample-data loader) may choose it; an existing id is 409
     *                          with {@code existingId}
     * @param year              the work-plan year
     * @param adoptingMeetingId the meeting that adopted it, as meetings-service knows it
     * @param adoptedOn         partial (2023, 2023-01, 2023-01-14); leave it out when the source gives no date
     */
    public record Create(UUID id,
                         @NotNull UUID issuingOrganizationId,
                         @NotNull @Min(Years.MIN) @Max(Years.MAX) Integer year,
                         UUID adoptingMeetingId,
                         PartialDate adoptedOn,
                         @NotBlank @Size(max = TITLE_MAX) String titleAr,
                         @Size(max = TITLE_MAX) String titleEn,
                         @Size(max = LIST_MAX) List<@NotNull @Valid SourceInput> sources,
                         @Size(max = RECOMMENDATIONS_MAX)
                         List<RecommendationRequests.@NotNull @Valid Create> recommendations) {
    }

    /** A partial update (with If-Match): absent fields stay; an empty text or list clears that field. */
    public record Update(UUID issuingOrganizationId,
                         @Min(Years.MIN) @Max(Years.MAX) Integer year,
                         UUID adoptingMeetingId,
                         PartialDate adoptedOn,
                         @Pattern(regexp = NOT_BLANK,
                                 message = "must not be blank") @Size(max = TITLE_MAX) String titleAr,
                         @Size(max = TITLE_MAX) String titleEn,
                         @Size(max = LIST_MAX) List<@NotNull @Valid SourceInput> sources) {
    }
}
