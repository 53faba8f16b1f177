package org.liaison.orgs.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

import static org.liaison.support.text.Texts.NOT_BLANK;

/** Request bodies of the organisation API. */
public final class OrganizationRequests {

    public static final int NAME_MAX = 300;
    public static final int SHORT_NAME_MAX = 100;
    public static final int SHORT_NAMES_MAX = 20;

    private OrganizationRequests() {
    }

    /**
     * @param id         optional: a client (such as the sample-data loader or an import) may choose the id so
     *                   that registering the same organisation twice is recognised
     * @param shortNames short names and acronyms («مسد», SDC)
     * @param distinct   true to register a body whose name another organisation already has
     * @param parentId   the organisation it sits under, e.g. the council of an office
     * @param parentRelation how it stands to the parent (default unit_of)
     */
    public record Register(UUID id,
                           @NotNull OrganizationKind kind,
                           @NotBlank @Size(max = NAME_MAX) String nameAr,
                           @Size(max = NAME_MAX) String nameEn,
                           @Size(max = SHORT_NAMES_MAX) List<@NotBlank @Size(max = SHORT_NAME_MAX) String> shortNames,
                           Boolean distinct,
                           UUID parentId,
                           ParentRelation parentRelation) {
    }

    /** A partial update: absent fields stay as they are; a present Arabic name must not be blank. */
    public record Update(OrganizationKind kind,
                         @Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = NAME_MAX) String nameAr,
                         @Size(max = NAME_MAX) String nameEn,
                         @Size(max = SHORT_NAMES_MAX) List<@NotBlank @Size(max = SHORT_NAME_MAX) String> shortNames,
                         UUID parentId,
                         ParentRelation parentRelation) {
    }
}
