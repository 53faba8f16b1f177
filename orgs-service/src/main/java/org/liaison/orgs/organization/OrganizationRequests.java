package org.liaison.orgs.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

import static org.liaison.support.text.Texts.NOT_BLANK;

/** Request bodies of the organisation API. */
public final class OrganizationRequests {

    public static final int NAME_MAX = 300;

    private OrganizationRequests() {
    }

    /**
     * @param id optional: a client (such as the sample-data loader or an import) may choose the id so that
     *           registering the same organisation twice is recognised
     */
    public record Register(UUID id,
                           @NotNull OrganizationKind kind,
                           @NotBlank @Size(max = NAME_MAX) String nameAr,
                           @Size(max = NAME_MAX) String nameEn) {
    }

    /** A partial update: absent fields stay as they are; a present Arabic name must not be blank. */
    public record Update(OrganizationKind kind,
                         @Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = NAME_MAX) String nameAr,
                         @Size(max = NAME_MAX) String nameEn) {
    }
}
