package org.liaison.recommendations.action;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.liaison.contracts.PartialDate;
import org.liaison.recommendations.model.ActionStatus;
import org.liaison.recommendations.status.Progress;

import java.util.UUID;

import static org.liaison.recommendations.common.Limits.TITLE_MAX;
import static org.liaison.support.text.Texts.NOT_BLANK;

/** Request bodies of a recommendation's actions. */
public final class ActionRequests {

    /** The weights an action may have: its share in the recommendation's progress. */
    public static final int WEIGHT_MIN = 1;
    public static final int WEIGHT_MAX = 100;

    private ActionRequests() {
    }

    /**
     * A new action.
     *
     * @param leadOfficeId the unit that leads it, as orgs-service knows it
     * @param dueDate      partial (2024, 2024-06)
     * @param status       planned when absent
     * @param progress     0 when absent, 100 when done
     * @param weight       1 when absent
     */
    public record Create(@NotBlank @Size(max = TITLE_MAX) String titleAr,
                         @Size(max = TITLE_MAX) String titleEn,
                         UUID leadOfficeId,
                         PartialDate dueDate,
                         ActionStatus status,
                         @Min(Progress.MIN) @Max(Progress.MAX) Integer progress,
                         @Min(WEIGHT_MIN) @Max(WEIGHT_MAX) Integer weight) {
    }

    /** A change: absent fields stay as they are; an empty {@code titleEn} clears it. */
    public record Update(@Size(max = TITLE_MAX) @Pattern(regexp = NOT_BLANK, message = "must not be blank")
                         String titleAr,
                         @Size(max = TITLE_MAX) String titleEn,
                         UUID leadOfficeId,
                         PartialDate dueDate,
                         ActionStatus status,
                         @Min(Progress.MIN) @Max(Progress.MAX) Integer progress,
                         @Min(WEIGHT_MIN) @Max(WEIGHT_MAX) Integer weight) {
    }
}
