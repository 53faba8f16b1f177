package org.liaison.orgs.popolo;

import org.liaison.support.problem.ProblemException;

import java.util.List;

/**
 * The three CSV tables and their columns, the same for export and import. Column names are the domain fields in
 * snake_case. Cells of plain text lists (short_names, domains, principles, goals, instruments: catalogue ids)
 * hold the items separated by {@code |} (a literal | or \ inside an item is written \| or \\); cells of lists of
 * structured items (other_names, identifiers, links, sources) hold a JSON array of the Popolo item shape
 * ({@code [{"name": "…", "start_date": "2019", "note": "…"}]}, sources {@code {publisher, url, published_on, note,
 * title, quote, accessed_on, language}}).
 * An empty cell is no value. created_at and updated_at are exported for information and ignored on import. A
 * membership's member is in person_id or, for an organisation, in member_organization_id (a file without that column
 * holds people's roles only).
 */
enum CsvTable {
    ORGANIZATIONS("organizations", Incoming.ORGANIZATION, List.of("id", "kind", "name_ar", "name_en", "short_names",
            "other_names", "parent_id", "parent_relation", "country", "city", "domains", "principles",
            "principles_stated_count", "goals", "founding_date", "dissolution_date", "active", "identifiers", "links",
            "sources", "instruments", "created_at", "updated_at")),
    PERSONS("persons", Incoming.PERSON, List.of("id", "name_ar", "name_en", "honorific", "other_names", "sources",
            "created_at", "updated_at")),
    MEMBERSHIPS("memberships", Incoming.MEMBERSHIP, List.of("id", "person_id", "member_organization_id",
            "organization_id", "role", "label", "on_behalf_of_id", "start_date", "end_date", "sources", "created_at",
            "updated_at"));

    final String path;
    final String type;
    final List<String> columns;

    CsvTable(String path, String type, List<String> columns) {
        this.path = path;
        this.type = type;
        this.columns = columns;
    }

    /** @throws ProblemException 404 for anything but organizations, persons or memberships */
    static CsvTable of(String path) {
        for (CsvTable table : values()) {
            if (table.path.equals(path)) {
                return table;
            }
        }
        throw ProblemException.notFound("CSV table", path + " (one of organizations, persons, memberships)");
    }
}
