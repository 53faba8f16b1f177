package org.liaison.recommendations.status;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.liaison.contracts.PartialDate;
import org.liaison.recommendations.model.RecommendationStatus;

import java.util.List;
import java.util.UUID;

import static org.liaison.recommendations.common.Limits.HTTP_URL;
import static org.liaison.recommendations.common.Limits.HTTP_URL_MESSAGE;
import static org.liaison.recommendations.common.Limits.LIST_MAX;
import static org.liaison.recommendations.common.Limits.NOTE_MAX;
import static org.liaison.recommendations.common.Limits.URL_MAX;

/** Request bodies of the status timeline. */
public final class StatusRequests {

    private StatusRequests() {
    }

    /**
     * A status report. carried_over is recorded with {@code POST /recommendations/{id}/lineage} (relation
     * carried_over_to), which also says what it was carried over to.
     *
     * @param progress   percent done (0-100) as of this report; absent keeps the one before (implemented is 100)
     * @param date       when the status was reached, partial (2023, 2023-06); absent when unknown
     * @param reportedBy the reporting office; only admins may name one, others report as their token's office
     * @param meetingIds meetings that show it (as meetings-service knows them)
     * @param sourceUrls articles that show it
     */
    public record Report(@NotNull RecommendationStatus status,
                         @Min(Progress.MIN) @Max(Progress.MAX) Integer progress,
                         PartialDate date,
                         @Size(max = NOTE_MAX) String note,
                         UUID reportedBy,
                         @Size(max = LIST_MAX) List<@NotNull UUID> meetingIds,
                         @Size(max = LIST_MAX) List<@NotBlank @Size(max = URL_MAX)
                         @Pattern(regexp = HTTP_URL, message = HTTP_URL_MESSAGE) String> sourceUrls) {
    }
}
