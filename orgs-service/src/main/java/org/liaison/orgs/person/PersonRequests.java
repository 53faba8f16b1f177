package org.liaison.orgs.person;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.liaison.orgs.common.Limits;
import org.liaison.orgs.common.OtherNameInput;
import org.liaison.support.input.SourceInput;

import java.util.List;
import java.util.UUID;

import static org.liaison.support.text.Texts.NOT_BLANK;

/** Request bodies of the people API. */
public final class PersonRequests {

    public static final int HONORIFIC_MAX = 50;

    private PersonRequests() {
    }

    /**
     * @param id         optional: a loader may choose the id so that registering the same person twice is recognised
     * @param honorific  as written before the name (د.)
     * @param otherNames former names and variants
     * @param sources    where the facts were read
     * @param distinct   true to register a different person whose name another person already has
     */
    @Schema(name = "PersonRegistration")
    public record Register(UUID id,
                           @NotBlank @Size(max = Limits.NAME_MAX) String nameAr,
                           @Size(max = Limits.NAME_MAX) String nameEn,
                           @Size(max = HONORIFIC_MAX) String honorific,
                           @Size(max = Limits.LIST_MAX) List<@Valid @NotNull OtherNameInput> otherNames,
                           @Size(max = Limits.LIST_MAX) List<@Valid @NotNull SourceInput> sources,
                           Boolean distinct) {
    }

    /**
     * A partial update: absent fields stay as they are; a present Arabic name must not be blank; an empty
     * {@code nameEn} or {@code honorific} removes it; a present list replaces the stored one.
     */
    @Schema(name = "PersonUpdate")
    public record Update(@Pattern(regexp = NOT_BLANK,
            message = "must not be blank") @Size(max = Limits.NAME_MAX) String nameAr,
                         @Size(max = Limits.NAME_MAX) String nameEn,
                         @Size(max = HONORIFIC_MAX) String honorific,
                         @Size(max = Limits.LIST_MAX) List<@Valid @NotNull OtherNameInput> otherNames,
                         @Size(max = Limits.LIST_MAX) List<@Valid @NotNull SourceInput> sources) {
    }
}
