package org.liaison.recommendations.indicator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.liaison.contracts.PartialDate;

import java.math.BigDecimal;
import java.util.List;

import static org.liaison.recommendations.common.Limits.HTTP_URL;
import static org.liaison.recommendations.common.Limits.HTTP_URL_MESSAGE;
import static org.liaison.recommendations.common.Limits.NOTE_MAX;
import static org.liaison.recommendations.common.Limits.SHORT_TEXT_MAX;
import static org.liaison.recommendations.common.Limits.TITLE_MAX;
import static org.liaison.recommendations.common.Limits.URL_MAX;
import static org.liaison.support.text.Texts.NOT_BLANK;

/** Request bodies of a recommendation's indicators and their measurements. */
public final class IndicatorRequests {

    /**
     * The digits a figure may have before and after its decimal point: counts, sums of money and percentages with
     * room to spare, and no figure so long that a report cannot show it.
     */
    public static final int INTEGER_DIGITS = 15;
    public static final int FRACTION_DIGITS = 6;
    /** Measurements sent inline with a new indicator. */
    public static final int INLINE_MEASUREMENTS_MAX = 50;

    private IndicatorRequests() {
    }

    /**
     * A new indicator, with the measurements already known if any.
     *
     * @param unit         as written (percent, «لقاء»); absent when the figure is a plain count
     * @param baseline     where it stood before; absent when unknown
     * @param baselineDate when it stood there, partial (2022, 2022-06); not after today
     * @param target       where it is meant to get
     * @param targetDate   by when, partial; not before {@code baselineDate}
     */
    public record Create(@NotBlank @Size(max = TITLE_MAX) String nameAr,
                         @Size(max = TITLE_MAX) String nameEn,
                         @Size(max = SHORT_TEXT_MAX) String unit,
                         @Digits(integer = INTEGER_DIGITS, fraction = FRACTION_DIGITS) BigDecimal baseline,
                         PartialDate baselineDate,
                         @Digits(integer = INTEGER_DIGITS, fraction = FRACTION_DIGITS) BigDecimal target,
                         PartialDate targetDate,
                         @Size(max = INLINE_MEASUREMENTS_MAX) List<@Valid @NotNull Measure> measurements) {
    }

    /**
     * A change: absent fields stay as they are; an empty {@code nameEn} or {@code unit} clears it. Measurements are
     * never changed: a wrong one is corrected by a later one or withdrawn.
     */
    public record Update(@Size(max = TITLE_MAX) @Pattern(regexp = NOT_BLANK, message = "must not be blank")
                         String nameAr,
                         @Size(max = TITLE_MAX) String nameEn,
                         @Size(max = SHORT_TEXT_MAX) String unit,
                         @Digits(integer = INTEGER_DIGITS, fraction = FRACTION_DIGITS) BigDecimal baseline,
                         PartialDate baselineDate,
                         @Digits(integer = INTEGER_DIGITS, fraction = FRACTION_DIGITS) BigDecimal target,
                         PartialDate targetDate) {
    }

    /**
     * A measurement.
     *
     * @param measuredOn when the value was measured, partial (2023, 2023-06); not after today
     * @param sourceUrl  the article or document that gives it
     */
    public record Measure(@NotNull @Digits(integer = INTEGER_DIGITS, fraction = FRACTION_DIGITS) BigDecimal value,
                          @NotNull PartialDate measuredOn,
                          @Size(max = URL_MAX) @Pattern(regexp = HTTP_URL, message = HTTP_URL_MESSAGE)
                          String sourceUrl,
                          @Size(max = NOTE_MAX) String note) {
    }

    /** @param note why the measurement is withdrawn */
    public record Withdrawal(@Size(max = NOTE_MAX) String note) {
    }
}
