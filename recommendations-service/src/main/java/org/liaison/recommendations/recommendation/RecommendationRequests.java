package org.liaison.recommendations.recommendation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

import static org.liaison.recommendations.common.Limits.LIST_MAX;
import static org.liaison.recommendations.common.Limits.SHORT_TEXT_MAX;
import static org.liaison.recommendations.common.Limits.TEXT_MAX;
import static org.liaison.support.text.Texts.NOT_BLANK;

/** Request bodies of the recommendation API. */
public final class RecommendationRequests {

    static final String WRITTEN_MESSAGE = "must be 1 to 4 digits (0-9, ٠-٩ or ۰-۹) or an ordinal word (أولاً ...)";

    private RecommendationRequests() {
    }

    /**
     * A recommendation of a set: POSTed to the set, or inline in the set's POST.
     *
     * @param id              optional: a client (the sample-data loader) may choose it
     * @param number          the value; may be left out when {@code numberAsWritten} says it
     * @param numberAsWritten the digits as the source wrote them («٣»); defaults to {@code number}
     * @param themes          short free texts (diplomacy, recognition, justice)
     * @param instruments     references to international instruments as written («القرار 2254», unsc-2254)
     */
    public record Create(UUID id,
                         @Min(1) @Max(RecommendationNumber.MAX) Integer number,
                         @Pattern(regexp = RecommendationNumber.WRITTEN_PATTERN,
                                 message = WRITTEN_MESSAGE) String numberAsWritten,
                         @NotBlank @Size(max = TEXT_MAX) String textAr,
                         @Size(max = TEXT_MAX) String textEn,
                         @Size(max = LIST_MAX) List<@NotBlank @Size(max = SHORT_TEXT_MAX) String> themes,
                         UUID leadOfficeId,
                         @Size(max = LIST_MAX) List<@NotNull UUID> supportingOrganizationIds,
                         @Size(max = LIST_MAX) List<@NotBlank @Size(max = SHORT_TEXT_MAX) String> instruments) {
    }

    /**
     * A partial update (with If-Match): absent fields stay; an empty text or list clears that field. The status
     * changes through {@code POST /recommendations/{id}/status}, not here.
     */
    public record Update(@Min(1) @Max(RecommendationNumber.MAX) Integer number,
                         @Pattern(regexp = RecommendationNumber.WRITTEN_PATTERN,
                                 message = WRITTEN_MESSAGE) String numberAsWritten,
                         @Pattern(regexp = NOT_BLANK,
                                 message = "must not be blank") @Size(max = TEXT_MAX) String textAr,
                         @Size(max = TEXT_MAX) String textEn,
                         @Size(max = LIST_MAX) List<@NotBlank @Size(max = SHORT_TEXT_MAX) String> themes,
                         UUID leadOfficeId,
                         @Size(max = LIST_MAX) List<@NotNull UUID> supportingOrganizationIds,
                         @Size(max = LIST_MAX) List<@NotBlank @Size(max = SHORT_TEXT_MAX) String> instruments) {
    }
}
