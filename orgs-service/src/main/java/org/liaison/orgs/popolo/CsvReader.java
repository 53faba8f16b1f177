package org.liaison.orgs.popolo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.liaison.contracts.OrganizationKind;
import org.liaison.orgs.membership.MembershipRequests;
import org.liaison.orgs.membership.MembershipRole;
import org.liaison.orgs.organization.OrganizationRequests;
import org.liaison.orgs.organization.ParentRelation;
import org.liaison.orgs.person.PersonRequests;
import org.liaison.support.text.SpreadsheetCells;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import static org.liaison.support.text.Texts.blankToNull;

/**
 * Reads a CSV table ({@link CsvTable}) into import records. A file that is not CSV of that table (malformed
 * quoting, no header, an unknown column) is a 400; a row that cannot be read is rejected on its own.
 */
final class CsvReader {

    private static final TypeReference<List<Popolo.OtherName>> OTHER_NAMES = new TypeReference<>() { };
    private static final TypeReference<List<Popolo.Source>> SOURCES = new TypeReference<>() { };
    private static final TypeReference<List<Popolo.Identifier>> IDENTIFIERS = new TypeReference<>() { };
    private static final TypeReference<List<Popolo.Link>> LINKS = new TypeReference<>() { };

    private final ObjectMapper mapper;
    private final int maxRecords;

    CsvReader(ObjectMapper mapper, int maxRecords) {
        this.mapper = mapper;
        this.maxRecords = maxRecords;
    }

    Incoming.File read(CsvTable table, String body) {
        List<Row> rows = rows(table, body);
        ImportLimits.requireAtMost(rows.size(), maxRecords);
        return switch (table) {
            case ORGANIZATIONS -> new Incoming.File(each(rows, this::organization), List.of(), List.of(), List.of());
            case PERSONS -> new Incoming.File(List.of(), each(rows, this::person), List.of(), List.of());
            case MEMBERSHIPS -> new Incoming.File(List.of(), List.of(), each(rows, this::membership), List.of());
        };
    }

    private Incoming<OrganizationRequests.Register> organization(int index, Row row) {
        ReadErrors read = row.read;
        read.require(row.cell("id"), "id", "memberships and units refer to records by id");
        read.require(row.cell("kind"), "kind", "the kind code, e.g. council");
        OrganizationRequests.Register request = new OrganizationRequests.Register(null,
                read.code(OrganizationKind.class, row.cell("kind"), "kind"), row.cell("name_ar"), row.cell("name_en"),
                ListCells.split(row.cell("short_names")),
                each(row.json("other_names", OTHER_NAMES), "other_names", read::otherName), null, null,
                read.code(ParentRelation.class, row.cell("parent_relation"), "parent_relation"), row.cell("country"),
                row.cell("city"), ListCells.split(row.cell("domains")), ListCells.split(row.cell("principles")),
                read.integer(row.cell("principles_stated_count"), "principles_stated_count"),
                ListCells.split(row.cell("goals")), read.date(row.cell("founding_date"), "founding_date"),
                read.date(row.cell("dissolution_date"), "dissolution_date"), read.bool(row.cell("active"), "active"),
                each(row.json("identifiers", IDENTIFIERS), "identifiers", (i, path) -> ReadErrors.identifier(i)),
                each(row.json("links", LINKS), "links", (l, path) -> ReadErrors.link(l)),
                each(row.json("sources", SOURCES), "sources", read::source),
                ListCells.split(row.cell("instruments")));
        return new Incoming<>(Incoming.ORGANIZATION, index, row.cell("id"), request,
                new Incoming.References(row.cell("parent_id"), null, null, null), new FieldNames(), read.errors());
    }

    private Incoming<PersonRequests.Register> person(int index, Row row) {
        ReadErrors read = row.read;
        read.require(row.cell("id"), "id", "memberships refer to people by id");
        PersonRequests.Register request = new PersonRequests.Register(null, row.cell("name_ar"), row.cell("name_en"),
                row.cell("honorific"), each(row.json("other_names", OTHER_NAMES), "other_names", read::otherName),
                each(row.json("sources", SOURCES), "sources", read::source), null);
        return new Incoming<>(Incoming.PERSON, index, row.cell("id"), request, Incoming.References.NONE,
                new FieldNames(), read.errors());
    }

    private Incoming<MembershipRequests.Start> membership(int index, Row row) {
        ReadErrors read = row.read;
        if (row.cell("person_id") == null && row.cell("member_organization_id") == null) {
            read.require(null, "person_id", "the member: person_id, or member_organization_id for an organisation");
        } else if (row.cell("person_id") != null && row.cell("member_organization_id") != null) {
            read.add("member_organization_id", "a membership has one member: person_id or member_organization_id");
        }
        read.require(row.cell("organization_id"), "organization_id", null);
        read.require(row.cell("role"), "role", "the role code, e.g. co_chair; the source's words go in label");
        MembershipRequests.Start request = new MembershipRequests.Start(null, null, null, null,
                read.code(MembershipRole.class, row.cell("role"), "role"), row.cell("label"), null,
                read.date(row.cell("start_date"), "start_date"), read.date(row.cell("end_date"), "end_date"),
                each(row.json("sources", SOURCES), "sources", read::source));
        return new Incoming<>(Incoming.MEMBERSHIP, index, row.cell("id"), request, new Incoming.References(null,
                row.cell("person_id"), row.cell("organization_id"), row.cell("on_behalf_of_id"),
                row.cell("member_organization_id")), new FieldNames(), read.errors());
    }

    private List<Row> rows(CsvTable table, String body) {
        String text = body == null ? "" : body.startsWith("\uFEFF") ? body.substring(1) : body; // Excel writes a BOM
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty()) {
                throw ImportLimits.notAFile("", "a CSV file with a header row of " + table.path + " columns is needed");
            }
            for (String column : header) {
                if (!table.columns.contains(column)) {
                    throw ImportLimits.notAFile(column,
                            "unknown column; the columns are " + String.join(", ", table.columns));
                }
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(new Row(record.toMap(), record.size() > header.size(), new ReadErrors()));
                ImportLimits.requireAtMost(rows.size(), maxRecords);
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw ImportLimits.notAFile("", "not well-formed CSV: " + e.getMessage());
        }
    }

    private <R> List<Incoming<R>> each(List<Row> rows, BiFunction<Integer, Row, Incoming<R>> reader) {
        List<Incoming<R>> records = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.tooLong) {
                row.read.add("", "has more cells than the header has columns");
            }
            records.add(reader.apply(i, row));
        }
        return records;
    }

    private static <P, I> List<I> each(List<P> items, String column, BiFunction<P, String, I> convert) {
        List<I> converted = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) != null) {
                converted.add(convert.apply(items.get(i), column + "[" + i + "]"));
            }
        }
        return converted;
    }

    /** One data row: its cells by column, and the problems found reading it. */
    private final class Row {
        private final Map<String, String> cells;
        private final boolean tooLong;
        private final ReadErrors read;

        Row(Map<String, String> cells, boolean tooLong, ReadErrors read) {
            this.cells = cells;
            this.tooLong = tooLong;
            this.read = read;
        }

        String cell(String column) {
            return blankToNull(SpreadsheetCells.restore(cells.get(column)));
        }

        <T> List<T> json(String column, TypeReference<List<T>> type) {
            String cell = cell(column);
            if (cell == null) {
                return List.of();
            }
            try {
                List<T> items = mapper.readValue(cell, type);
                if (items.contains(null)) {
                    read.add(column, "must not hold null items");
                }
                return items;
            } catch (UnrecognizedPropertyException e) {
                read.add(column, "unknown field «" + e.getPropertyName() + "» in an item");
            } catch (JsonProcessingException e) {
                // Jackson's own message names Java types; say what the cell should hold instead.
                read.add(column, "must be a JSON array of items shaped as the export writes them");
            }
            return List.of();
        }
    }
}
