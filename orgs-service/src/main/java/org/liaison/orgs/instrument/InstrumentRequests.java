package org.liaison.orgs.instrument;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.liaison.orgs.common.Limits;

import java.util.List;

import static org.liaison.support.text.Texts.NOT_BLANK;

/** Request bodies of the instrument catalogue API. */
public final class InstrumentRequests {

    /** A stable slug: lower-case letters and digits in words joined by hyphens ({@code unsc-2254}). */
    public static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final int SLUG_MAX = 64;
    public static final int ALIAS_MAX = 200;
    /** The earliest year an instrument may carry: older than any the partners cite, later than any typo of 19xx. */
    public static final int YEAR_MIN = 1800;
    public static final int YEAR_MAX = 2100;

    private InstrumentRequests() {
    }

    /**
     * @param id        the stable slug the APIs will cite it by; {@code unsc-NNNN} for (only) a Security Council
     *                  resolution
     * @param kind      unsc_resolution, resolution, convention, communique, declaration or law
     * @param year      the year of adoption, when known
     * @param aliasesAr other Arabic names people write it with («سيداو»); each needs a letter
     * @param aliasesEn other English names («CEDAW»)
     */
    @Schema(name = "InstrumentRegistration")
    public record Register(@NotBlank @Size(max = SLUG_MAX) @Pattern(regexp = SLUG,
                                   message = "must be a slug of lower-case letters and digits joined by hyphens, "
                                           + "e.g. unsc-2254") String id,
                           @NotBlank String kind,
                           @NotBlank @Size(max = Limits.NAME_MAX) String nameAr,
                           @NotBlank @Size(max = Limits.NAME_MAX) String nameEn,
                           @Min(YEAR_MIN) @Max(YEAR_MAX) Integer year,
                           @Size(max = Limits.LIST_MAX) List<@NotBlank @Size(max = ALIAS_MAX) String> aliasesAr,
                           @Size(max = Limits.LIST_MAX) List<@NotBlank @Size(max = ALIAS_MAX) String> aliasesEn) {
    }

    /** A partial update: absent fields stay as they are; a present alias list replaces the stored one. */
    @Schema(name = "InstrumentUpdate")
    public record Update(@Pattern(regexp = NOT_BLANK, message = "must not be blank") String kind,
                         @Pattern(regexp = NOT_BLANK, message = "must not be blank")
                         @Size(max = Limits.NAME_MAX) String nameAr,
                         @Pattern(regexp = NOT_BLANK, message = "must not be blank")
                         @Size(max = Limits.NAME_MAX) String nameEn,
                         @Min(YEAR_MIN) @Max(YEAR_MAX) Integer year,
                         @Size(max = Limits.LIST_MAX) List<@NotBlank @Size(max = ALIAS_MAX) String> aliasesAr,
                         @Size(max = Limits.LIST_MAX) List<@NotBlank @Size(max = ALIAS_MAX) String> aliasesEn) {
    }
}
