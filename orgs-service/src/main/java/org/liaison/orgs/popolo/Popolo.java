package org.liaison.orgs.popolo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/**
 * The Popolo (https://www.popoloproject.com) shapes of the export, as Java records. Property names are Popolo's
 * snake_case; what Popolo has no property for is kept in extension properties of the same style (the draft-03
 * schemas allow additional properties), so an export can be imported again without loss. Dates and ids are
 * text here: the importer parses them itself so that a bad one rejects one record with its field named,
 * instead of the whole file.
 */
public final class Popolo {

    /** {@code name_type} of an other name: which domain field it restores on import. */
    public static final String NAME_EN = "name_en";
    public static final String SHORT_NAME = "short_name";
    public static final String OTHER_NAME = "other_name";

    /** {@code member_type} of a membership whose {@code member_id} is an organisation, or a person. */
    public static final String MEMBER_ORGANIZATION = "organization";
    public static final String MEMBER_PERSON = "person";

    private Popolo() {
    }

    /** The export, and the body of {@code POST /import/popolo}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Document(List<Organization> organizations, List<Person> persons, List<Membership> memberships) {
    }

    /**
     * @param name              the Arabic name ({@code nameAr})
     * @param otherNames        the English name, the short names and the other names, each marked by {@code name_type}
     * @param classification    the kind code (council, office, ...)
     * @param parentRelation    extension: how it stands to {@code parent_id} (office_of, unit_of, ...)
     * @param country           extension: ISO 3166-1 alpha-2 code
     * @param city              extension
     * @param domains           extension: domains of work
     * @param principles        extension
     * @param principlesStatedCount extension: how many principles the source says there are when it names fewer
     * @param goals             extension
     * @param active            extension: false once dissolved
     * @param sourcesWithoutUrl extension: sources known by publisher or headline only, which Popolo's {@code link}
     *                          (url required) cannot carry
     * @param instruments       extension: the ids of the catalogue instruments it cites as its basis (unsc-1325,
     *                          cedaw; {@code GET /instruments}); Popolo has no field for the texts a body rests on
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"id", "name", "other_names", "classification", "parent_id", "parent_relation"})
    public record Organization(String id, String name, List<OtherName> otherNames, String classification,
                               String parentId, String parentRelation, String foundingDate, String dissolutionDate,
                               Boolean active, String country, String city, List<String> domains,
                               List<String> principles, Integer principlesStatedCount, List<String> goals,
                               List<Identifier> identifiers, List<Link> links, List<Source> sources,
                               List<Source> sourcesWithoutUrl, List<String> instruments, String createdAt,
                               String updatedAt) {
    }

    /**
     * @param name              the Arabic name
     * @param otherNames        the English name ({@code name_type} name_en) and the other names
     * @param honorificPrefix   the honorific as written (د.)
     * @param sourcesWithoutUrl extension, as for organisations
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"id", "name", "other_names", "honorific_prefix"})
    public record Person(String id, String name, List<OtherName> otherNames, String honorificPrefix,
                         List<Source> sources, List<Source> sourcesWithoutUrl, String createdAt, String updatedAt) {
    }

    /**
     * A membership: a person's role ({@code person_id}), or an organisation's membership of another. Popolo's
     * {@code member} is "the person or organization that is a member" and, as {@code person_id} stands for a person
     * {@code member}, {@code member_id} stands for any; the schema gives no property for what the member is, so the
     * extension {@code member_type} says it ({@link #MEMBER_ORGANIZATION} or {@link #MEMBER_PERSON}). The export
     * writes a person as {@code person_id} alone, as every Popolo reader expects, and an organisation as
     * {@code member_id} with {@code member_type} organization; the import reads both forms.
     *
     * @param role the role code (co_chair, president, ..., member, component); the source's wording is in
     *             {@code label}
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"id", "person_id", "member_id", "member_type", "organization_id", "role", "label",
            "on_behalf_of_id"})
    public record Membership(String id, String personId, String memberId, String memberType, String organizationId,
                             String role, String label, String onBehalfOfId, String startDate, String endDate,
                             List<Source> sources, List<Source> sourcesWithoutUrl, String createdAt,
                             String updatedAt) {
    }

    /** @param nameType extension: {@link #NAME_EN}, {@link #SHORT_NAME} or {@link #OTHER_NAME} (the default) */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record OtherName(String name, String startDate, String endDate, String note, String nameType) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Identifier(String identifier, String scheme) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Link(String url, String note) {
    }

    /**
     * A Popolo link ({@code url}, {@code note}) with extensions for what Popolo's link has no property for: who
     * published the article and when, its headline, the supporting sentence, when it was read and its language.
     * In {@code sources_without_url} the url is absent.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Source(String url, String note, String publisher, String publishedOn, String title, String quote,
                         String accessedOn, String language) {
    }
}
