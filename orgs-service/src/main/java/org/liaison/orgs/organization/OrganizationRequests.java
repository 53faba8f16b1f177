package org.liaison.orgs.organization;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.liaison.contracts.OrganizationKind;
import org.liaison.contracts.PartialDate;
import org.liaison.orgs.common.IdentifierInput;
import org.liaison.orgs.common.LinkInput;
import org.liaison.orgs.common.OtherNameInput;
import org.liaison.support.input.SourceInput;

import java.util.List;
import java.util.UUID;

import static org.liaison.orgs.common.Limits.LIST_MAX;
import static org.liaison.orgs.common.Limits.SHORT_TEXT_MAX;
import static org.liaison.support.text.Texts.NOT_BLANK;

/** Request bodies of the organisation API. */
public final class OrganizationRequests {

    public static final int NAME_MAX = 300;
    public static final int SHORT_NAME_MAX = 100;
    public static final int SHORT_NAMES_MAX = 20;
    static final String COUNTRY_CODE = "^[A-Z]{2}$";
    static final String COUNTRY_MESSAGE = "must be an ISO 3166-1 alpha-2 code such as SY";
    /** A stated count is a number a text gives in words («أربعة مبادئ»); this only keeps out nonsense. */
    public static final int STATED_COUNT_MAX = 1000;

    private OrganizationRequests() {
    }

    /**
     * A whole organisation: the body of POST, and of PUT, which replaces every field (absent ones are cleared).
     *
     * @param id             optional on POST: a client (such as the sample-data loader or an import) may choose
     *                       the id so that registering the same organisation twice is recognised
     * @param shortNames     short names and acronyms («مسد», SDC)
     * @param otherNames     former names and variants, with optional dates and a note
     * @param distinct       true to register a body whose name another organisation already has
     * @param parentId       the organisation it sits under, e.g. the council of an office
     * @param parentRelation how it stands to the parent (default unit_of)
     * @param country        ISO 3166-1 alpha-2 code (SY)
     * @param domains        domains of work as short texts (روحي, مدني, علاقات عامة)
     * @param principlesStatedCount how many principles the source says there are when it names fewer of them
     *                       («أربعة مبادئ» with three named: 4); at least the number of {@code principles}
     * @param active         false for a dissolved organisation; default: true unless a dissolution date is given
     * @param instruments    the instruments it cites as its basis: catalogue ids (unsc-1325) or texts as for
     *                       meetings («القرار 1325», «سيداو»)
     */
    public record Register(UUID id,
                           @NotNull OrganizationKind kind,
                           @NotBlank @Size(max = NAME_MAX) String nameAr,
                           @Size(max = NAME_MAX) String nameEn,
                           @Size(max = SHORT_NAMES_MAX) List<@NotBlank @Size(max = SHORT_NAME_MAX) String> shortNames,
                           @Size(max = LIST_MAX) List<@NotNull @Valid OtherNameInput> otherNames,
                           Boolean distinct,
                           UUID parentId,
                           ParentRelation parentRelation,
                           @Pattern(regexp = COUNTRY_CODE, message = COUNTRY_MESSAGE) String country,
                           @Size(max = NAME_MAX) String city,
                           @Size(max = LIST_MAX) List<@NotBlank @Size(max = SHORT_TEXT_MAX) String> domains,
                           @Size(max = LIST_MAX) List<@NotBlank @Size(max = SHORT_TEXT_MAX) String> principles,
                           @Positive @Max(STATED_COUNT_MAX) Integer principlesStatedCount,
                           @Size(max = LIST_MAX) List<@NotBlank @Size(max = SHORT_TEXT_MAX) String> goals,
                           PartialDate foundingDate,
                           PartialDate dissolutionDate,
                           Boolean active,
                           @Size(max = LIST_MAX) List<@NotNull @Valid IdentifierInput> identifiers,
                           @Size(max = LIST_MAX) List<@NotNull @Valid LinkInput> links,
                           @Size(max = LIST_MAX) List<@NotNull @Valid SourceInput> sources,
                           @Size(max = LIST_MAX) List<@NotBlank @Size(max = SHORT_TEXT_MAX) String> instruments) {

        /** A registration that cites no instrument. */
        public Register(UUID id, OrganizationKind kind, String nameAr, String nameEn, List<String> shortNames,
                        List<OtherNameInput> otherNames, Boolean distinct, UUID parentId, ParentRelation parentRelation,
                        String country, String city, List<String> domains, List<String> principles,
                        Integer principlesStatedCount, List<String> goals, PartialDate foundingDate,
                        PartialDate dissolutionDate, Boolean active, List<IdentifierInput> identifiers,
                        List<LinkInput> links, List<SourceInput> sources) {
            this(id, kind, nameAr, nameEn, shortNames, otherNames, distinct, parentId, parentRelation, country, city,
                    domains, principles, principlesStatedCount, goals, foundingDate, dissolutionDate, active,
                    identifiers, links, sources, null);
        }

        /** The minimal registration: a kind and names, under a client-chosen id (or null for a new one). */
        public static Register named(UUID id, OrganizationKind kind, String nameAr, String nameEn, boolean distinct) {
            return new Register(id, kind, nameAr, nameEn, null, null, distinct, null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null);
        }
    }

    /**
     * A partial update: absent (or null) fields stay as they are; an empty text or list clears that field (use
     * PUT to clear a date or a stated count). A present Arabic name must not be blank.
     */
    public record Update(OrganizationKind kind,
                         @Pattern(regexp = NOT_BLANK,
                                 message = "must not be blank") @Size(max = NAME_MAX) String nameAr,
                         @Size(max = NAME_MAX) String nameEn,
                         @Size(max = SHORT_NAMES_MAX) List<@NotBlank @Size(max = SHORT_NAME_MAX) String> shortNames,
                         @Size(max = LIST_MAX) List<@NotNull @Valid OtherNameInput> otherNames,
                         UUID parentId,
                         ParentRelation parentRelation,
                         @Pattern(regexp = "^$|" + COUNTRY_CODE, message = COUNTRY_MESSAGE) String country,
                         @Size(max = NAME_MAX) String city,
                         @Size(max = LIST_MAX) List<@NotBlank @Size(max = SHORT_TEXT_MAX) String> domains,
                         @Size(max = LIST_MAX) List<@NotBlank @Size(max = SHORT_TEXT_MAX) String> principles,
                         @Positive @Max(STATED_COUNT_MAX) Integer principlesStatedCount,
                         @Size(max = LIST_MAX) List<@NotBlank @Size(max = SHORT_TEXT_MAX) String> goals,
                         PartialDate foundingDate,
                         PartialDate dissolutionDate,
                         Boolean active,
                         @Size(max = LIST_MAX) List<@NotNull @Valid IdentifierInput> identifiers,
                         @Size(max = LIST_MAX) List<@NotNull @Valid LinkInput> links,
                         @Size(max = LIST_MAX) List<@NotNull @Valid SourceInput> sources,
                         @Size(max = LIST_MAX) List<@NotBlank @Size(max = SHORT_TEXT_MAX) String> instruments) {

        /** An update of the kind and names only. */
        public static Update names(OrganizationKind kind, String nameAr, String nameEn) {
            return new Update(kind, nameAr, nameEn, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null);
        }
    }
}
